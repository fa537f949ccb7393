import { eq } from "drizzle-orm";
import { NonRetriableError } from "inngest";
import { parseStripeEvent, stripeEventEnvelopeSchema, updatePaymentIntentMetadata } from "@/lib/connectors/stripe";
import { getConnectors } from "@/lib/connections/process-connectors";
import { ensureLightspeedCustomer } from "@/lib/customers/ensure-lightspeed-customer";
import { matchIdentity } from "@/lib/customers/match-identity";
import { getDb } from "@/lib/db";
import { attentionItems, orders } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { buildStripeOrder } from "@/lib/orders/build-stripe-order";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";
import { resolveStripePayment } from "@/lib/orders/stripe-payment";
import { markInboxEntryFailed, markInboxEntryIgnored, markInboxEntryProcessed } from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { inngest } from "../client";
import { stockChanged, webhookReceived } from "../events";

const paymentTypes = ["payment_intent.succeeded", "checkout.session.completed", "charge.succeeded"];

/** A PaymentIntent from Checkout carries no lines itself: its session's event may still be on its way. */
const waitForCheckout = "30s";

/**
 * A Stripe payment (DESIGN §3.2) takes the Shopify order's path with channel `stripe`: pending units → sellable
 * everywhere → customer matched (and created in Lightspeed when new) → Lightspeed sale found or posted once → its
 * id written into the PaymentIntent's metadata. A payment without lines becomes a needs-attention item, never dropped.
 */
export const handleStripePayment = inngest.createFunction(
  {
    id: "handle-stripe-payment",
    retries: 10,
    // reserving the units is what stops the other channels overselling: ahead of refunds and admin edits
    priority: { run: "60" },
    triggers: [
      {
        event: webhookReceived,
        if: `event.data.provider == 'stripe' && (${paymentTypes.map((type) => `event.data.topic == '${type}'`).join(" || ")})`,
      },
    ],
    onFailure: async ({ event, error }) => {
      await markInboxEntryFailed(getDb(), event.data.event.data.inboxId, { error: error.message });
    },
  },
  async ({ event, step }) => {
    const inboxId = event.data.inboxId;
    const resolved = await step.run("resolve-payment", async () => {
      const db = getDb();
      const stripe = getConnectors().stripe;
      if (!stripe) throw new NonRetriableError("no Stripe account is configured");
      const entry = await readInboxEntry(db, inboxId);
      if (!entry) throw new NonRetriableError(`inbox entry ${inboxId} does not exist`);
      const envelope = stripeEventEnvelopeSchema.safeParse(JSON.parse(entry.rawBody));
      const parsed = envelope.success ? parseStripeEvent(envelope.data) : null;
      if (!parsed || parsed.kind !== "handled") {
        await markInboxEntryIgnored(db, inboxId, "not a payment event the portal can read");
        return null;
      }
      const payment = await resolveStripePayment(stripe, parsed.event);
      if (payment.kind === "not-a-payment") {
        await markInboxEntryIgnored(db, inboxId, payment.reason);
        return null;
      }
      const built = await buildStripeOrder(db, payment.payment);
      return { payment: payment.payment, built };
    });
    if (!resolved) return { outcome: "ignored" };
    const { payment, built } = resolved;

    if (built.kind === "needs-attention") {
      await step.sleep("wait-for-checkout-lines", waitForCheckout);
      return step.run("keep-for-the-owner", async () => {
        const db = getDb();
        const [order] = await db.select({ id: orders.id }).from(orders).where(eq(orders.sourceKey, payment.sourceKey));
        if (order) {
          await markInboxEntryProcessed(db, inboxId, { reason: `handled with order ${order.id}` });
          return { outcome: "handled elsewhere", orderId: order.id };
        }
        await db
          .insert(attentionItems)
          .values({
            kind: "payment_without_lines",
            subjectKey: payment.sourceKey,
            title: `Stripe payment ${payment.paymentIntentId ?? payment.sourceKey} needs its items assigned: ${built.reason}`,
            detail: { ...payment, lines: payment.lines.kind, reason: built.reason },
            inboxId,
          })
          .onConflictDoNothing();
        await markInboxEntryProcessed(db, inboxId, { reason: `needs attention: ${built.reason}` });
        return { outcome: "needs attention" };
      });
    }

    const reserved = await step.run("reserve-units", async () => {
      const db = getDb();
      const customer = await matchIdentity(
        db,
        { system: "stripe", shopifyStoreId: null, externalId: payment.buyer.externalId, name: payment.buyer.name, email: payment.buyer.email, phone: payment.buyer.phone },
        { country: env.SHOP_COUNTRY },
      );
      return reserveOnlineOrder(db, { ...built.order, placedAt: new Date(built.order.placedAt), customerId: customer.customerId });
    });

    await step.sendEvent(
      "set-sellable",
      reserved.itemIds.map((itemId) => stockChanged.create({ itemId, cause: `order ${reserved.orderId} reserved` }, { id: `reserve:${reserved.orderId}:${itemId}` })),
    );

    const posted = await step.run("post-lightspeed-sale", async () => {
      const db = getDb();
      const lightspeed = getConnectors().lightspeed;
      if (!lightspeed) throw new NonRetriableError("no Lightspeed account is configured");
      const [order] = await db.select({ customerId: orders.customerId }).from(orders).where(eq(orders.id, reserved.orderId));
      if (order?.customerId) await ensureLightspeedCustomer(db, lightspeed, order.customerId);
      return postOnlineOrderSale(db, lightspeed, reserved.orderId, { registerId: env.LIGHTSPEED_REGISTER_ID, employeeId: env.LIGHTSPEED_EMPLOYEE_ID });
    });
    if (!posted) {
      await step.run("already-posted", () => markInboxEntryProcessed(getDb(), inboxId, { reason: `order ${reserved.orderId} was posted by another event of this payment` }));
      return { orderId: reserved.orderId, lightspeedSaleId: null };
    }

    await step.run("confirm-posted", () =>
      confirmPostedSale(getDb(), {
        orderId: reserved.orderId,
        lightspeedSaleId: posted.lightspeedSaleId,
        saleTimestamp: new Date(posted.saleTimestamp),
        now: new Date(),
      }),
    );

    await step.run("write-sale-id-to-stripe", async () => {
      const stripe = getConnectors().stripe;
      if (stripe && payment.paymentIntentId) {
        await updatePaymentIntentMetadata(stripe, {
          paymentIntentId: payment.paymentIntentId,
          metadata: { lightspeed_sale_id: posted.lightspeedSaleId },
          idempotencyKey: `lightspeed-sale:${payment.paymentIntentId}:${posted.lightspeedSaleId}`,
        });
      }
      await markInboxEntryProcessed(getDb(), inboxId);
    });
    return { orderId: reserved.orderId, lightspeedSaleId: posted.lightspeedSaleId };
  },
);
