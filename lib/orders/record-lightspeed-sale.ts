import { and, eq, or } from "drizzle-orm";
import type { LightspeedSale } from "@/lib/connectors/lightspeed";
import type { Database } from "@/lib/db/open-database";
import { customerIdentities, orderLines, orders, refunds, stockMovements } from "@/lib/db/schema";
import { applyStockDelta } from "@/lib/stock/apply-stock-delta";
import type { LightspeedCatalogMap } from "@/lib/stock/lightspeed-catalog-map";
import { confirmPostedSale } from "./confirm-posted-sale";
import { confirmRefund } from "./confirm-refund";
import { refundReferenceSource } from "./incoming-refund";

export type RecordedSale = { kind: "till" | "own" | "known"; itemIds: number[] };

const ownSources = new Set(["shopify", "stripe", "tillbridge"]);

/**
 * A sale seen by polling Lightspeed. One the portal posted itself (its reference names Shopify or Stripe, or is one
 * of its refunds) is confirmed if it is still pending — the poll may see it before the posting step records it. A sale rung up at
 * the till becomes an in-store order, and each line a ledger row applied to the on-hand (refund lines, with
 * negative quantities, return units). Seeing the same sale again changes nothing.
 */
export async function recordLightspeedSale(
  db: Database,
  sale: LightspeedSale,
  catalog: LightspeedCatalogMap,
  options: { currency: string; now: Date },
): Promise<RecordedSale> {
  const saleTime = new Date(sale.timeStamp);
  if (sale.referenceNumberSource !== null && ownSources.has(sale.referenceNumberSource)) {
    const reference = sale.referenceNumber ?? "";
    const [own] = await db
      .select({ id: orders.id })
      .from(orders)
      .where(or(eq(orders.lightspeedSaleId, sale.saleId), eq(orders.shopifyOrderId, reference), eq(orders.stripePaymentIntentId, reference)))
      .limit(1);
    if (!own) return { kind: "known", itemIds: [] };
    const confirmed = await confirmPostedSale(db, { orderId: own.id, lightspeedSaleId: sale.saleId, saleTimestamp: saleTime, now: options.now });
    return { kind: "own", itemIds: confirmed.itemIds };
  }
  if (sale.referenceNumberSource === refundReferenceSource) {
    const [own] = await db.select({ id: refunds.id }).from(refunds).where(eq(refunds.sourceKey, sale.referenceNumber ?? ""));
    if (!own) return { kind: "known", itemIds: [] };
    const confirmed = await confirmRefund(db, own.id, { lightspeedRefundId: sale.saleId, refundTimestamp: saleTime, now: options.now });
    return { kind: "own", itemIds: confirmed.itemIds };
  }
  if (!sale.completed || sale.voided || sale.referenceNumberSource !== null) return { kind: "known", itemIds: [] };
  const lightspeedShopId = (sale.shopId && catalog.shopByLightspeedId.get(sale.shopId)) || catalog.shopByLightspeedId.values().next().value;
  if (lightspeedShopId === undefined) return { kind: "known", itemIds: [] };
  const byItemAndDirection = new Map<string, { item: { id: number; sku: string; name: string }; quantity: number; unitPriceCents: number }>();
  for (const line of sale.lines) {
    const item = line.itemId ? catalog.itemByLightspeedId.get(line.itemId) : undefined;
    if (!item || line.unitQuantity === 0) continue;
    const key = `${item.id}:${Math.sign(line.unitQuantity)}`;
    const seen = byItemAndDirection.get(key);
    byItemAndDirection.set(key, {
      item,
      quantity: (seen?.quantity ?? 0) + line.unitQuantity,
      unitPriceCents: seen?.unitPriceCents ?? Math.round(line.unitPrice * 100),
    });
  }
  const lines = [...byItemAndDirection.values()];
  const sourceKey = `lightspeed:sale:${sale.saleId}`;
  return db.transaction(async (tx) => {
    const customerId = sale.customerId
      ? ((
          await tx
            .select({ customerId: customerIdentities.customerId })
            .from(customerIdentities)
            .where(and(eq(customerIdentities.system, "lightspeed"), eq(customerIdentities.externalId, sale.customerId)))
            .limit(1)
        )[0]?.customerId ?? null)
      : null;
    const totalCents = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const [order] = await tx
      .insert(orders)
      .values({
        channel: "in_store",
        sourceKey,
        customerId,
        status: "posted",
        currency: options.currency,
        subtotalCents: totalCents,
        totalCents,
        lightspeedSaleId: sale.saleId,
        placedAt: sale.completeTime ? new Date(sale.completeTime) : saleTime,
        postedAt: saleTime,
      })
      .onConflictDoNothing()
      .returning({ id: orders.id });
    if (!order) return { kind: "known" as const, itemIds: [] };
    const sold = lines.filter((line) => line.quantity > 0);
    if (sold.length > 0) {
      await tx.insert(orderLines).values(
        sold.map((line) => ({
          orderId: order.id,
          itemId: line.item.id,
          sku: line.item.sku,
          name: line.item.name,
          quantity: line.quantity,
          unitPriceCents: line.unitPriceCents,
          totalCents: line.quantity * line.unitPriceCents,
        })),
      );
    }
    for (const line of lines) {
      const resultingLevel = await applyStockDelta(tx, {
        itemId: line.item.id,
        lightspeedShopId,
        delta: -line.quantity,
        sourceTimestamp: saleTime,
        now: options.now,
      });
      await tx.insert(stockMovements).values({
        sourceSystem: "lightspeed",
        sourceEventId: `${sourceKey}:${line.item.id}:${line.quantity > 0 ? "sale" : "return"}`,
        kind: line.quantity > 0 ? "store_sale" : "refund_restock",
        itemId: line.item.id,
        sku: line.item.sku,
        lightspeedShopId,
        delta: -line.quantity,
        resultingLevel,
        orderId: order.id,
        postedToLightspeed: true,
        postedAt: options.now,
        at: saleTime,
      });
    }
    return { kind: "till" as const, itemIds: [...new Set(lines.map((line) => line.item.id))] };
  });
}
