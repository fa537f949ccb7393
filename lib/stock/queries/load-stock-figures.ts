import { and, asc, eq, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import {
  items,
  lightspeedLevels,
  lightspeedShops,
  mappingProblems,
  pendingUnits,
  safetyBuffers,
  shopifyLevels,
  shopifyStores,
  shopifyVariants,
} from "@/lib/db/schema";
import { effectiveSafetyBuffer } from "@/lib/stock/compute-sellable";

export type LightspeedShopRef = { id: number; name: string };
export type ShopifyStoreRef = { id: number; name: string; domain: string; lightspeedShopId: number; defaultSafetyBuffer: number };

/** What the portal knows of one SKU in one Lightspeed shop. */
export type LightspeedFigures = {
  lightspeedShopId: number;
  /** Null when the portal has never read this shop's level. */
  onHand: number | null;
  /** `ItemShop.timeStamp` of the reading. */
  sourceTimestamp: Date | null;
  observedAt: Date | null;
  /** Open pending units (sold online, not yet posted). */
  pendingUnits: number;
};

/** What the portal knows of one SKU in one Shopify store. */
export type StoreFigures = {
  storeId: number;
  lightspeedShopId: number;
  /** A Shopify variant in this store is mapped to the item. */
  listed: boolean;
  safetyBuffer: number;
  /** The buffer is a per-SKU one rather than the store's default. */
  bufferIsOverride: boolean;
  /** Last `available` read from the store's location; null when never read. */
  available: number | null;
  availableObservedAt: Date | null;
};

export type ItemStockFigures = {
  itemId: number;
  sku: string;
  name: string;
  variantName: string | null;
  reorderPoint: number | null;
  lightspeed: LightspeedFigures[];
  stores: StoreFigures[];
  /** Open mapping problems whose SKU is this item's SKU, ignoring case (duplicates, ambiguous matches). */
  openMappingProblems: number;
};

export type StockFigures = { lightspeedShops: LightspeedShopRef[]; stores: ShopifyStoreRef[]; items: ItemStockFigures[] };

export type StockFiguresScope = { search?: string | undefined } | { itemId: number };

/** `%`, `_` and `\` match literally in a LIKE pattern. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function scopeCondition(scope: StockFiguresScope): SQL | undefined {
  if ("itemId" in scope) return eq(items.id, scope.itemId);
  const search = scope.search?.trim();
  if (!search) return undefined;
  const pattern = likeContains(search);
  return or(ilike(items.sku, pattern), ilike(items.name, pattern), ilike(items.variantName, pattern));
}

const key = (a: number, b: number): string => `${a}:${b}`;

/**
 * Everything the truth model needs for the items in `scope`, per Lightspeed shop and per Shopify store: on-hand with
 * its freshness, open pending units, each store's buffer (per-SKU or default), listing and last `available`.
 * A handful of set-based queries; the figures are assembled here and the sellable is computed by the caller.
 */
export async function loadStockFigures(db: Executor, scope: StockFiguresScope): Promise<StockFigures> {
  const condition = scopeCondition(scope);
  const scoped = db.select({ id: items.id }).from(items).where(condition);
  const [shopRows, storeRows, itemRows, levelRows, pendingRows, listingRows, availableRows, bufferRows, problemRows] = await Promise.all([
    db.select({ id: lightspeedShops.id, name: lightspeedShops.name }).from(lightspeedShops).orderBy(asc(lightspeedShops.id)),
    db
      .select({
        id: shopifyStores.id,
        name: shopifyStores.name,
        domain: shopifyStores.domain,
        lightspeedShopId: shopifyStores.lightspeedShopId,
        defaultSafetyBuffer: shopifyStores.defaultSafetyBuffer,
      })
      .from(shopifyStores)
      .orderBy(asc(shopifyStores.id)),
    db
      .select({ id: items.id, sku: items.sku, name: items.name, variantName: items.variantName, reorderPoint: items.lightspeedReorderPoint })
      .from(items)
      .where(condition)
      .orderBy(asc(items.sku)),
    db.select().from(lightspeedLevels).where(inArray(lightspeedLevels.itemId, scoped)),
    db
      .select({
        itemId: pendingUnits.itemId,
        lightspeedShopId: pendingUnits.lightspeedShopId,
        units: sql<number>`sum(${pendingUnits.quantity})`.mapWith(Number),
      })
      .from(pendingUnits)
      .where(and(isNull(pendingUnits.releasedAt), inArray(pendingUnits.itemId, scoped)))
      .groupBy(pendingUnits.itemId, pendingUnits.lightspeedShopId),
    db
      .selectDistinct({ itemId: shopifyVariants.itemId, storeId: shopifyVariants.storeId })
      .from(shopifyVariants)
      .where(and(isNotNull(shopifyVariants.itemId), inArray(shopifyVariants.itemId, scoped))),
    db.select().from(shopifyLevels).where(inArray(shopifyLevels.itemId, scoped)),
    db.select().from(safetyBuffers).where(inArray(safetyBuffers.itemId, scoped)),
    db
      .select({ sku: sql<string>`lower(${mappingProblems.sku})`, problems: sql<number>`count(*)`.mapWith(Number) })
      .from(mappingProblems)
      .where(and(isNull(mappingProblems.resolvedAt), isNotNull(mappingProblems.sku)))
      .groupBy(sql`lower(${mappingProblems.sku})`),
  ]);

  const levels = new Map(levelRows.map((row) => [key(row.itemId, row.lightspeedShopId), row]));
  const pending = new Map(pendingRows.map((row) => [key(row.itemId, row.lightspeedShopId), row.units]));
  const listings = new Set(listingRows.map((row) => key(row.itemId ?? 0, row.storeId)));
  const available = new Map(availableRows.map((row) => [key(row.itemId, row.storeId), row]));
  const buffers = new Map(bufferRows.map((row) => [key(row.itemId, row.storeId), row.units]));
  const problems = new Map(problemRows.map((row) => [row.sku, row.problems]));

  return {
    lightspeedShops: shopRows,
    stores: storeRows,
    items: itemRows.map((item) => ({
      itemId: item.id,
      sku: item.sku,
      name: item.name,
      variantName: item.variantName,
      reorderPoint: item.reorderPoint,
      lightspeed: shopRows.map((shop) => {
        const level = levels.get(key(item.id, shop.id));
        return {
          lightspeedShopId: shop.id,
          onHand: level?.onHand ?? null,
          sourceTimestamp: level?.sourceTimestamp ?? null,
          observedAt: level?.observedAt ?? null,
          pendingUnits: pending.get(key(item.id, shop.id)) ?? 0,
        };
      }),
      stores: storeRows.map((store) => {
        const override = buffers.get(key(item.id, store.id));
        const level = available.get(key(item.id, store.id));
        return {
          storeId: store.id,
          lightspeedShopId: store.lightspeedShopId,
          listed: listings.has(key(item.id, store.id)),
          safetyBuffer: effectiveSafetyBuffer({ storeDefault: store.defaultSafetyBuffer, skuOverride: override }),
          bufferIsOverride: override !== undefined,
          available: level?.available ?? null,
          availableObservedAt: level?.observedAt ?? null,
        };
      }),
      openMappingProblems: problems.get(item.sku.toLowerCase()) ?? 0,
    })),
  };
}
