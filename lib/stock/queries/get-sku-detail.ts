import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customers, driftReports, items, mappingProblems, orders, pendingUnits, shopifyVariants, type Item, type MappingProblem } from "@/lib/db/schema";
import { toInventoryRow, type InventoryRow } from "./inventory-rows";
import { loadStockFigures, type LightspeedShopRef, type ShopifyStoreRef } from "./load-stock-figures";

export type OpenPendingUnit = {
  orderId: number;
  sourceKey: string;
  channel: "in_store" | "shopify" | "stripe";
  quantity: number;
  lightspeedShopId: number;
  createdAt: Date;
  customerId: number | null;
};

export type SkuDetail = {
  item: Pick<Item, "id" | "sku" | "name" | "variantName" | "category" | "supplier" | "leadTimeDays">;
  row: InventoryRow;
  lightspeedShops: LightspeedShopRef[];
  stores: ShopifyStoreRef[];
  openPending: OpenPendingUnit[];
  listings: { storeId: number; title: string; variantId: string; inventoryItemId: string; sku: string | null }[];
  openDrift: { id: number; system: string; storeId: number | null; expected: number; actual: number; cause: string; detectedAt: Date }[];
  mappingProblems: { id: number; kind: MappingProblem["kind"]; storeId: number | null; sku: string | null; externalId: string; detail: string }[];
};

/** One SKU's figures in every system with their freshness, and what explains them; null for an unknown SKU. */
export async function getSkuDetail(db: Executor, sku: string): Promise<SkuDetail | null> {
  const [item] = await db
    .select({
      id: items.id,
      sku: items.sku,
      name: items.name,
      variantName: items.variantName,
      category: items.category,
      supplier: items.supplier,
      leadTimeDays: items.leadTimeDays,
    })
    .from(items)
    .where(eq(items.sku, sku))
    .limit(1);
  if (!item) return null;
  const [figures, openPending, listings, openDrift, problems] = await Promise.all([
    loadStockFigures(db, { itemId: item.id }),
    db
      .select({
        orderId: pendingUnits.orderId,
        sourceKey: orders.sourceKey,
        channel: orders.channel,
        quantity: pendingUnits.quantity,
        lightspeedShopId: pendingUnits.lightspeedShopId,
        createdAt: pendingUnits.createdAt,
        customerId: sql<number | null>`coalesce(${customers.mergedIntoId}, ${customers.id})`,
      })
      .from(pendingUnits)
      .innerJoin(orders, eq(orders.id, pendingUnits.orderId))
      .leftJoin(customers, eq(customers.id, orders.customerId))
      .where(and(eq(pendingUnits.itemId, item.id), isNull(pendingUnits.releasedAt)))
      .orderBy(asc(pendingUnits.createdAt)),
    db
      .select({
        storeId: shopifyVariants.storeId,
        title: shopifyVariants.title,
        variantId: shopifyVariants.variantId,
        inventoryItemId: shopifyVariants.inventoryItemId,
        sku: shopifyVariants.sku,
      })
      .from(shopifyVariants)
      .where(eq(shopifyVariants.itemId, item.id))
      .orderBy(asc(shopifyVariants.storeId), asc(shopifyVariants.id)),
    db
      .select({
        id: driftReports.id,
        system: driftReports.system,
        storeId: driftReports.shopifyStoreId,
        expected: driftReports.expected,
        actual: driftReports.actual,
        cause: driftReports.cause,
        detectedAt: driftReports.detectedAt,
      })
      .from(driftReports)
      .where(and(eq(driftReports.itemId, item.id), isNull(driftReports.repairedAt)))
      .orderBy(desc(driftReports.detectedAt)),
    db
      .select({
        id: mappingProblems.id,
        kind: mappingProblems.kind,
        storeId: mappingProblems.storeId,
        sku: mappingProblems.sku,
        externalId: mappingProblems.externalId,
        detail: mappingProblems.detail,
      })
      .from(mappingProblems)
      .where(and(isNull(mappingProblems.resolvedAt), eq(sql`lower(${mappingProblems.sku})`, item.sku.toLowerCase())))
      .orderBy(asc(mappingProblems.id)),
  ]);
  const [figuresOfItem] = figures.items;
  if (!figuresOfItem) return null;
  return {
    item,
    row: toInventoryRow(figuresOfItem),
    lightspeedShops: figures.lightspeedShops,
    stores: figures.stores,
    openPending: openPending.map((unit) => ({ ...unit, customerId: unit.customerId === null ? null : Number(unit.customerId) })),
    listings,
    openDrift,
    mappingProblems: problems,
  };
}
