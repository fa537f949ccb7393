import { NonRetriableError } from "inngest";
import { parseStripeEvent, stripeEventEnvelopeSchema, updateRefundMetadata } from "@/lib/connectors/stripe";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { attentionItems } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { confirmRefund } from "@/lib/orders/confirm-refund";
import type { IncomingRefund } from "@/lib/orders/incoming-refund";
import { postRefund } from "@/lib/orders/post-refund";
import { holdRefundOfUnpostedPayment } from "@/lib/orders/hold-refund-of-unposted-payment";
import { recordRefund } from "@/lib/orders/record-refund";
import { buildShopifyRefund, shopifyRefundPayloadSchema } from "@/lib/orders/shopify-refund";
import { resolveStripeRefund } from "@/lib/orders/stripe-refund";
import type { InboxEntry } from "@/lib/db/schema";
import { markInboxEntryFailed, markInboxEntryIgnored, markInboxEntryProcessed } from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { inngest } from "../client";
import { stockChanged, webhookReceived } from "../events";

const stripeRefundTypes = ["refund.created", "refund.updated", "charge.refund.updated", "refund.failed", "charge.refunded"];

type Incoming = { kind: "refund"; refund: IncomingRefund; stripeRefundId: string | null } | { kind: "ignore"; reason: string };

async function readIncomingRefund(entry: InboxEntry): Promise<Incoming> {
  if (entry.provider === "shopify") {
    const parsed = shopifyRefundPayloadSchema.safeParse(parseJsonKeepingBigIntegers(entry.rawBody));
    if (!parsed.success || !entry.shopDomain) return { kind: "ignore", reason: "malformed refunds/create payload" };
    const refund = await buildShopifyRefund(getDb(), entry.shopDomain, parsed.data);
    return refund ? { kind: "refund", refund, stripeRefundId: null } : { kind: "ignore", reason: `unknown store ${entry.shopDomain}` };
  }
  const envelope = stripeEventEnvelopeSchema.safeParse(JSON.parse(entry.rawBody));
  const parsed = envelope.success ? parseStripeEvent(envelope.data) : null;
  if (!parsed || parsed.kind !== "handled") return { kind: "ignore", reason: "not a refund event the portal can read" };
  const event = parsed.event;
  if (event.type === "charge.refunded") return { kind: "ignore", reason: "each refund is handled from its own refund event" };
  if (event.type !== "refund.created" && event.type !== "refund.updated" && event.type !== "refund.failed" && event.type !== "charge.refund.updated") {
    return { kind: "ignore", reason: `${event.type} is not a refund` };
  }
  const stripe = getConnectors().stripe;
  if (!stripe) throw new NonRetriableError("no Stripe account is configured");
  const resolved = await resolveStripeRefund(stripe, event.data.object.id);
  return resolved.kind === "refund" ? { kind: "refund", refund: resolved.refund, stripeRefundId: event.data.object.id } : { kind: "ignore", reason: resolved.reason };
}

/**
 * A refund from Shopify (`refunds/create`, honouring `restock_type`) or Stripe (DESIGN §3.3): recorded once →
 * posted to Lightspeed once, refunding only the units that come back → those units restocked in the ledger → sellable
 * everywhere. The trail shows on both sides: the Lightspeed refund carries the Shopify or Stripe refund id, and the
 * Stripe refund gets the Lightspeed refund id. A failed refund changes nothing.
 */
export const handleRefund = inngest.createFunction(
  {
    id: "handle-refund",
    retries: 12,
    triggers: [
      {
        event: webhookReceived,
        if: `(event.data.provider == 'shopify' && event.data.topic == 'refunds/create') || (event.data.provider == 'stripe' && (${stripeRefundTypes.map((type) => `event.data.topic == '${type}'`).join(" || ")}))`,
      },
    ],
    onFailure: async ({ event, error }) => {
      await markInboxEntryFailed(getDb(), event.data.event.data.inboxId, { error: error.message });
    },
  },
  async ({ event, step }) => {
    const inboxId = event.data.inboxId;
    const recorded = await step.run("record-refund", async () => {
      const db = getDb();
      const entry = await readInboxEntry(db, inboxId);
      if (!entry) throw new NonRetriableError(`inbox entry ${inboxId} does not exist`);
      const incoming = await readIncomingRefund(entry);
      if (incoming.kind === "ignore") {
        await markInboxEntryIgnored(db, inboxId, incoming.reason);
        return null;
      }
      if (await holdRefundOfUnpostedPayment(db, incoming.refund, inboxId)) {
        await markInboxEntryProcessed(db, inboxId, { reason: "needs attention: refund of a payment without lines" });
        return null;
      }
      const { refundId } = await recordRefund(db, incoming.refund);
      return { refundId, stripeRefundId: incoming.stripeRefundId, sourceKey: incoming.refund.sourceKey };
    });
    if (!recorded) return { outcome: "ignored" };

    const posted = await step.run("post-lightspeed-refund", async () => {
      const lightspeed = getConnectors().lightspeed;
      if (!lightspeed) throw new NonRetriableError("no Lightspeed account is configured");
      return postRefund(getDb(), lightspeed, recorded.refundId, { registerId: env.LIGHTSPEED_REGISTER_ID, employeeId: env.LIGHTSPEED_EMPLOYEE_ID });
    });

    const confirmed = await step.run("restock", async () => {
      const db = getDb();
      const result = await confirmRefund(db, recorded.refundId, {
        lightspeedRefundId: posted.lightspeedRefundId,
        refundTimestamp: posted.lightspeedRefundId ? new Date(posted.refundTimestamp) : new Date(),
        now: new Date(),
      });
      if (posted.lightspeedRefundId === null) {
        await db
          .insert(attentionItems)
          .values({
            kind: "refund_needs_review",
            subjectKey: recorded.sourceKey,
            title: `Refund ${recorded.sourceKey} returned money only: credit it in Lightspeed if the till should show it`,
            detail: { refundId: recorded.refundId, reason: posted.reason },
            inboxId,
          })
          .onConflictDoNothing();
      }
      return result;
    });

    if (confirmed.itemIds.length > 0) {
      await step.sendEvent(
        "set-sellable",
        confirmed.itemIds.map((itemId) => stockChanged.create({ itemId, cause: `refund ${recorded.refundId} restocked` }, { id: `refund:${recorded.refundId}:${itemId}` })),
      );
    }

    await step.run("write-refund-id-back", async () => {
      const stripe = getConnectors().stripe;
      if (stripe && recorded.stripeRefundId && posted.lightspeedRefundId) {
        await updateRefundMetadata(stripe, {
          refundId: recorded.stripeRefundId,
          metadata: { lightspeed_refund_id: posted.lightspeedRefundId },
          idempotencyKey: `lightspeed-refund:${recorded.stripeRefundId}:${posted.lightspeedRefundId}`,
        });
      }
      await markInboxEntryProcessed(getDb(), inboxId);
    });
    return { refundId: recorded.refundId, lightspeedRefundId: posted.lightspeedRefundId };
  },
);
