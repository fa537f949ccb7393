import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { orderLines, orders, pendingUnits, stockMovements } from "@/lib/db/schema";
import type { OnlineOrder } from "./online-order";

export type ReserveResult = { orderId: number; created: boolean; itemIds: number[] };

/**
 * Records an online order once (unique source key) and reserves its units as pending, with a ledger row per
 * item that is not yet posted to Lightspeed. Sellable drops in every store as soon as this commits. A second
 * delivery of the same order finds the first and changes nothing.
 */
export async function reserveOnlineOrder(db: Database, order: OnlineOrder): Promise<ReserveResult> {
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(orders)
      .values({
        channel: order.channel,
        sourceKey: order.sourceKey,
        shopifyStoreId: order.shopifyStoreId,
        shopifyOrderId: order.shopifyOrderId,
        stripePaymentIntentId: order.stripePaymentIntentId,
        customerId: order.customerId,
        status: "pending",
        currency: order.currency,
        subtotalCents: order.subtotalCents,
        taxCents: order.taxCents,
        totalCents: order.totalCents,
        placedAt: order.placedAt,
      })
      .onConflictDoNothing({ target: orders.sourceKey })
      .returning({ id: orders.id });
    const itemIds = [...new Set(order.lines.map((line) => line.itemId))];
    if (!inserted) {
      const [existing] = await tx.select({ id: orders.id }).from(orders).where(eq(orders.sourceKey, order.sourceKey));
      if (!existing) throw new Error(`order ${order.sourceKey} vanished while being recorded`);
      return { orderId: existing.id, created: false, itemIds };
    }
    await tx.insert(orderLines).values(
      order.lines.map((line) => ({
        orderId: inserted.id,
        itemId: line.itemId,
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        totalCents: line.unitPriceCents * line.quantity,
      })),
    );
    const unitsByItem = new Map<number, { sku: string; quantity: number }>();
    for (const line of order.lines) {
      const current = unitsByItem.get(line.itemId);
      unitsByItem.set(line.itemId, { sku: line.sku, quantity: (current?.quantity ?? 0) + line.quantity });
    }
    const units = [...unitsByItem].map(([itemId, { sku, quantity }]) => ({ itemId, sku, quantity }));
    await tx.insert(pendingUnits).values(
      units.map((unit) => ({ orderId: inserted.id, itemId: unit.itemId, lightspeedShopId: order.lightspeedShopId, quantity: unit.quantity })),
    );
    await tx.insert(stockMovements).values(
      units.map((unit) => ({
        sourceSystem: order.channel,
        sourceEventId: order.sourceKey,
        kind: "online_order" as const,
        itemId: unit.itemId,
        sku: unit.sku,
        lightspeedShopId: order.lightspeedShopId,
        delta: -unit.quantity,
        resultingLevel: null,
        orderId: inserted.id,
        postedToLightspeed: false,
        at: order.placedAt,
      })),
    );
    return { orderId: inserted.id, created: true, itemIds };
  });
}
