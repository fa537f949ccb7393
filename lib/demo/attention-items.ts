import type { Executor } from "@/lib/db/open-database";
import { attentionItems } from "@/lib/db/schema";
import { idOf, insertInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";
import { demoStore } from "./stores";

const minuteMs = 60_000;

/** What the owner must decide: a payment without lines, an unmapped SKU, an ambiguous customer, a failed event. */
export async function insertAttention(db: Executor, plan: DemoShopPlan, ids: SeedIds, inbox: { paymentInbox: number | null; failedInbox: number | null }): Promise<number> {
  const rows: (typeof attentionItems.$inferInsert)[] = [];
  const bare = plan.orders.find((order) => order.status === "needs_attention");
  if (bare?.stripePaymentIntentId) {
    rows.push({
      kind: "payment_without_lines",
      subjectKey: `stripe:${bare.stripePaymentIntentId}`,
      title: `Stripe payment of ${(bare.totalCents / 100).toFixed(2)} ${plan.currency} arrived without line items`,
      detail: { orderId: idOf(ids.orderIds, bare.sourceKey, "order"), paymentIntentId: bare.stripePaymentIntentId, amountCents: bare.totalCents, currency: plan.currency },
      inboxId: inbox.paymentInbox,
      createdAt: new Date(bare.placedAt.getTime() + 2000),
    });
  }
  const unmapped = plan.listings.problems.find((problem) => problem.kind === "unmapped" && problem.sku !== null);
  if (unmapped) {
    rows.push({
      kind: "unmapped_sku",
      subjectKey: `shopify:${demoStore(unmapped.storeKey).domain}:${unmapped.externalId}`,
      title: `SKU ${unmapped.sku ?? ""} in ${demoStore(unmapped.storeKey).name} matches no item`,
      detail: { mappingProblemId: ids.mappingProblemIds.get(`shopify:${unmapped.externalId}`) ?? null, storeId: ids.storeIds[unmapped.storeKey], sku: unmapped.sku, inventoryItemId: unmapped.externalId },
      createdAt: new Date(plan.now.getTime() - 3 * 86_400_000),
    });
  }
  const ambiguous = plan.customers.ambiguous;
  if (ambiguous) {
    rows.push({
      kind: "ambiguous_customer",
      subjectKey: `customer_identity:${idOf(ids.identityIds, ambiguous.identityKey, "identity")}`,
      title: "A Stripe payer's phone matches two customers",
      detail: {
        identityId: idOf(ids.identityIds, ambiguous.identityKey, "identity"),
        customerId: idOf(ids.customerIds, ambiguous.customerKey, "customer"),
        candidateCustomerIds: ambiguous.candidateKeys.map((key) => idOf(ids.customerIds, key, "customer")),
        matchedOn: { phone: ambiguous.phone },
      },
      createdAt: new Date(plan.now.getTime() - 86_400_000 - 3_300_000),
    });
  }
  if (inbox.failedInbox !== null) {
    rows.push({
      kind: "failed_event",
      subjectKey: `inbox:${inbox.failedInbox}`,
      title: "An orders/create webhook failed after 5 attempts (Lightspeed was down)",
      detail: { inboxId: inbox.failedInbox, lastError: "Lightspeed POST Sale: 503 Service Unavailable" },
      inboxId: inbox.failedInbox,
      createdAt: new Date(plan.now.getTime() - 16 * minuteMs),
    });
  }
  const refunded = plan.orders.find((order) => order.channel === "stripe" && order.status === "partially_refunded") ?? plan.orders.find((order) => order.channel === "stripe" && order.refunds.length > 0);
  const refund = refunded?.refunds[0];
  if (refunded && refund) {
    rows.push({
      kind: "refund_needs_review",
      subjectKey: refund.sourceKey,
      title: "A Stripe refund arrived without lines",
      detail: { orderId: idOf(ids.orderIds, refunded.sourceKey, "order"), amountCents: refund.amountCents },
      createdAt: refund.createdAt,
      resolvedAt: new Date(refund.createdAt.getTime() + 40 * minuteMs),
      resolvedBy: ids.ownerId,
      resolution: "Assigned the refunded lines by hand; goods returned to stock",
    });
  }
  return insertInBatches(rows, (batch) => db.insert(attentionItems).values(batch));
}
