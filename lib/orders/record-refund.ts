import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { orderLines, orders, refundLines, refunds } from "@/lib/db/schema";
import type { IncomingRefund } from "./incoming-refund";

/** The refunded order has not reached the portal yet (webhooks arrive in any order): retry later. */
export class RefundedOrderNotFound extends Error {}

/**
 * Records a refund once (unique source key) with its lines matched to the order's lines by SKU; a whole-sale
 * refund takes every line of the order, restocked. Returns the refund's id.
 */
export async function recordRefund(db: Database, refund: IncomingRefund): Promise<{ refundId: number; created: boolean }> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.sourceKey, refund.orderSourceKey));
    if (!order) throw new RefundedOrderNotFound(`order ${refund.orderSourceKey} is not known yet`);
    const [inserted] = await tx
      .insert(refunds)
      .values({ orderId: order.id, channel: refund.channel, sourceKey: refund.sourceKey, amountCents: refund.amountCents, reason: refund.reason, createdAt: refund.createdAt })
      .onConflictDoNothing({ target: refunds.sourceKey })
      .returning({ id: refunds.id });
    if (!inserted) {
      const [existing] = await tx.select({ id: refunds.id }).from(refunds).where(eq(refunds.sourceKey, refund.sourceKey));
      if (!existing) throw new Error(`refund ${refund.sourceKey} vanished while being recorded`);
      return { refundId: existing.id, created: false };
    }
    const lines = await tx.select().from(orderLines).where(eq(orderLines.orderId, order.id));
    const refundedLines =
      refund.scope.kind === "whole-sale"
        ? lines.map((line) => ({ line, quantity: line.quantity, amountCents: line.totalCents, restock: true }))
        : refund.scope.kind === "lines"
          ? refund.scope.lines.flatMap((wanted) => {
              const line = lines.find((candidate) => candidate.sku === wanted.sku);
              return line ? [{ line, quantity: Math.min(wanted.quantity, line.quantity), amountCents: wanted.amountCents, restock: wanted.restock }] : [];
            })
          : [];
    if (refundedLines.length > 0) {
      await tx.insert(refundLines).values(
        refundedLines.map(({ line, quantity, amountCents, restock }) => ({
          refundId: inserted.id,
          orderLineId: line.id,
          itemId: line.itemId,
          sku: line.sku,
          quantity,
          amountCents,
          restock,
        })),
      );
    }
    return { refundId: inserted.id, created: true };
  });
}
