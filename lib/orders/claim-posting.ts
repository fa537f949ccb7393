import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { orders, refunds } from "@/lib/db/schema";

/** Another run is posting the same order or refund right now: try again shortly (the step is retried). */
export class PostingInProgress extends Error {}

/** A claim outlives a crashed poster by this much; then another run may post (and finds the sale by reference). */
const claimMs = 2 * 60_000;

/**
 * Claims the posting of an order to Lightspeed, so two runs for one payment (Stripe sends several events per
 * payment) never both miss the look-up by reference and both post. "posted": nothing left to do.
 */
export async function claimOrderPosting(db: Executor, orderId: number, now: Date): Promise<"claimed" | "posted"> {
  const claimed = await db
    .update(orders)
    .set({ postingClaimedUntil: new Date(now.getTime() + claimMs) })
    .where(and(eq(orders.id, orderId), eq(orders.status, "pending"), or(isNull(orders.postingClaimedUntil), lt(orders.postingClaimedUntil, now))))
    .returning({ id: orders.id });
  if (claimed.length > 0) return "claimed";
  const [order] = await db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
  if (order && order.status !== "pending") return "posted";
  throw new PostingInProgress(`order ${orderId} is being posted by another run`);
}

/**
 * Gives the claim back after a failed attempt: it expires now, so a retry may claim it at once, but it is not
 * cleared — the attempt may have reached Lightspeed (a lost answer), and the poll must know (load-items-in-posting.ts).
 */
export async function releaseOrderPosting(db: Executor, orderId: number): Promise<void> {
  await db.update(orders).set({ postingClaimedUntil: sql`now()` }).where(eq(orders.id, orderId));
}

/** The same for a refund: one poster at a time, and nothing to do once it carries its Lightspeed refund. */
export async function claimRefundPosting(db: Executor, refundId: number, now: Date): Promise<"claimed" | "posted"> {
  const claimed = await db
    .update(refunds)
    .set({ postingClaimedUntil: new Date(now.getTime() + claimMs) })
    .where(
      and(
        eq(refunds.id, refundId),
        isNull(refunds.lightspeedRefundId),
        isNull(refunds.postedAt),
        or(isNull(refunds.postingClaimedUntil), lt(refunds.postingClaimedUntil, now)),
      ),
    )
    .returning({ id: refunds.id });
  if (claimed.length > 0) return "claimed";
  const [refund] = await db.select({ lightspeedRefundId: refunds.lightspeedRefundId, postedAt: refunds.postedAt }).from(refunds).where(eq(refunds.id, refundId));
  if (refund && (refund.lightspeedRefundId !== null || refund.postedAt !== null)) return "posted";
  throw new PostingInProgress(`refund ${refundId} is being posted by another run`);
}

export async function releaseRefundPosting(db: Executor, refundId: number): Promise<void> {
  await db.update(refunds).set({ postingClaimedUntil: sql`now()` }).where(eq(refunds.id, refundId));
}
