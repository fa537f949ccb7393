import { and, eq } from "drizzle-orm";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Database } from "@/lib/db/open-database";
import { items, lightspeedShops, orders, refundLines, refunds } from "@/lib/db/schema";
import { claimRefundPosting, releaseRefundPosting } from "./claim-posting";
import { refundReferenceSource } from "./incoming-refund";

/** The order's Lightspeed sale is not posted yet: the refund waits for it (the step is retried). */
export class RefundedSaleNotPosted extends Error {}

export type PostedRefund = { lightspeedRefundId: string; refundTimestamp: string } | { lightspeedRefundId: null; reason: string };

/**
 * Posts a recorded refund to Lightspeed once (its reference is the refund's source key, found before any retry):
 * only the units that come back are refunded as lines, so Lightspeed restocks exactly those; a refund of every unit
 * of the sale is a whole-sale refund. A refund where nothing comes back is money only: Lightspeed is not asked to
 * restock anything, and the caller keeps it for the owner.
 */
export async function postRefund(
  db: Database,
  lightspeed: LightspeedAdapter,
  refundId: number,
  options: { registerId: string; employeeId: string },
): Promise<PostedRefund> {
  const [refund] = await db.select().from(refunds).where(eq(refunds.id, refundId));
  if (!refund) throw new Error(`refund ${refundId} does not exist`);
  if (refund.lightspeedRefundId) return { lightspeedRefundId: refund.lightspeedRefundId, refundTimestamp: (refund.postedAt ?? new Date()).toISOString() };
  const [order] = await db.select().from(orders).where(eq(orders.id, refund.orderId));
  if (!order?.lightspeedSaleId) throw new RefundedSaleNotPosted(`order ${refund.orderId} is not in Lightspeed yet`);
  const restocked = await db
    .select({ quantity: refundLines.quantity, lightspeedItemId: items.lightspeedItemId })
    .from(refundLines)
    .innerJoin(items, eq(items.id, refundLines.itemId))
    .where(and(eq(refundLines.refundId, refund.id), eq(refundLines.restock, true)));
  if (restocked.length === 0) return { lightspeedRefundId: null, reason: "no goods came back: money only" };
  if ((await claimRefundPosting(db, refund.id, new Date())) === "posted") {
    const [done] = await db.select().from(refunds).where(eq(refunds.id, refund.id));
    return done?.lightspeedRefundId
      ? { lightspeedRefundId: done.lightspeedRefundId, refundTimestamp: (done.postedAt ?? new Date()).toISOString() }
      : { lightspeedRefundId: null, reason: "money only" };
  }
  try {
    const [shop] = await db.select({ lightspeedShopId: lightspeedShops.lightspeedShopId }).from(lightspeedShops).limit(1);
    const paymentType = await lightspeed.ensurePaymentType(refund.channel === "shopify" ? "Shopify" : "Stripe");
    const result = await lightspeed.refundSale({
    referenceNumber: refund.sourceKey,
    referenceNumberSource: refundReferenceSource,
    saleId: order.lightspeedSaleId,
    shopId: shop?.lightspeedShopId ?? "1",
    registerId: options.registerId,
    employeeId: options.employeeId,
    paymentTypeId: paymentType.paymentTypeId,
    lines: restocked.flatMap((line) => (line.lightspeedItemId ? [{ itemId: line.lightspeedItemId, quantity: line.quantity }] : [])),
    });
    return { lightspeedRefundId: result.sale.saleId, refundTimestamp: result.sale.timeStamp };
  } catch (error) {
    await releaseRefundPosting(db, refund.id);
    throw error;
  }
}
