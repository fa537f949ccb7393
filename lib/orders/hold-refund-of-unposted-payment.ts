import { and, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { attentionItems } from "@/lib/db/schema";
import type { IncomingRefund } from "./incoming-refund";

/**
 * A refund whose payment never became an order (it is on the needs-attention queue as a payment without lines)
 * has nothing to refund in Lightspeed and would wait for its order forever. It goes on the queue beside its
 * payment, for the owner: true when it was held, false when the payment is not such a one (the order may still
 * be on its way, and the refund waits for it).
 */
export async function holdRefundOfUnpostedPayment(db: Executor, refund: IncomingRefund, inboxId: number): Promise<boolean> {
  const [payment] = await db
    .select({ id: attentionItems.id })
    .from(attentionItems)
    .where(and(eq(attentionItems.kind, "payment_without_lines"), eq(attentionItems.subjectKey, refund.orderSourceKey)));
  if (!payment) return false;
  await db
    .insert(attentionItems)
    .values({
      kind: "refund_needs_review",
      subjectKey: refund.sourceKey,
      title: `Refund ${refund.sourceKey} is of payment ${refund.orderSourceKey}, which has no items in the portal: nothing was posted to Lightspeed`,
      detail: { payment: refund.orderSourceKey, amountCents: refund.amountCents, scope: refund.scope.kind },
      inboxId,
    })
    .onConflictDoNothing();
  return true;
}
