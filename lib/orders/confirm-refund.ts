import { and, eq, sum } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { orders, pendingUnits, refundLines, refunds, stockMovements } from "@/lib/db/schema";
import { applyStockDelta } from "@/lib/stock/apply-stock-delta";

/**
 * A refund reached Lightspeed (or needs no posting): in one transaction apply the units that came back to the
 * on-hand with a ledger row each, keep the Lightspeed refund id, and mark the order refunded or partly refunded.
 * Idempotent: a refund already confirmed is left alone. Returns the items whose stock moved.
 */
export async function confirmRefund(
  db: Database,
  refundId: number,
  posted: { lightspeedRefundId: string | null; refundTimestamp: Date; now: Date },
): Promise<{ confirmed: boolean; itemIds: number[] }> {
  return db.transaction(async (tx) => {
    const [refund] = await tx.select().from(refunds).where(eq(refunds.id, refundId)).for("update");
    if (!refund || refund.postedAt) return { confirmed: false, itemIds: [] };
    const [order] = await tx.select().from(orders).where(eq(orders.id, refund.orderId)).for("update");
    if (!order) return { confirmed: false, itemIds: [] };
    const [pending] = await tx.select({ lightspeedShopId: pendingUnits.lightspeedShopId }).from(pendingUnits).where(eq(pendingUnits.orderId, order.id)).limit(1);
    const movedItems: number[] = [];
    if (posted.lightspeedRefundId !== null) {
      const lines = await tx.select().from(refundLines).where(and(eq(refundLines.refundId, refund.id), eq(refundLines.restock, true)));
      for (const line of lines) {
        if (line.itemId === null || !pending) continue;
        const resultingLevel = await applyStockDelta(tx, {
          itemId: line.itemId,
          lightspeedShopId: pending.lightspeedShopId,
          delta: line.quantity,
          sourceTimestamp: posted.refundTimestamp,
          now: posted.now,
        });
        await tx
          .insert(stockMovements)
          .values({
            sourceSystem: refund.channel === "in_store" ? "lightspeed" : refund.channel,
            sourceEventId: refund.sourceKey,
            kind: "refund_restock",
            itemId: line.itemId,
            sku: line.sku,
            lightspeedShopId: pending.lightspeedShopId,
            delta: line.quantity,
            resultingLevel,
            orderId: order.id,
            postedToLightspeed: true,
            postedAt: posted.now,
            at: posted.refundTimestamp,
          })
          .onConflictDoNothing();
        movedItems.push(line.itemId);
      }
    }
    await tx.update(refunds).set({ lightspeedRefundId: posted.lightspeedRefundId, postedAt: posted.now }).where(eq(refunds.id, refund.id));
    const [refunded] = await tx.select({ total: sum(refunds.amountCents) }).from(refunds).where(eq(refunds.orderId, order.id));
    const refundedCents = Number(refunded?.total ?? 0);
    await tx
      .update(orders)
      .set({ status: refundedCents >= order.totalCents ? "refunded" : "partially_refunded" })
      .where(eq(orders.id, order.id));
    return { confirmed: true, itemIds: movedItems };
  });
}
