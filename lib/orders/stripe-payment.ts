import type { HandledStripeEvent, PaymentLinesResult, StripeConnection } from "@/lib/connectors/stripe";
import { extractPaymentLines, listCheckoutSessionLineItems, retrievePaymentIntent } from "@/lib/connectors/stripe";

/** A Stripe payment as the portal needs it: what was paid, by whom, and for which lines. */
export type StripePayment = {
  /** `stripe:<PaymentIntent id>`, or `stripe:<Charge id>` for a charge without one. */
  sourceKey: string;
  paymentIntentId: string | null;
  amountCents: number;
  currency: string;
  placedAt: string;
  lines: PaymentLinesResult;
  buyer: { externalId: string; name: string | null; email: string | null; phone: string | null };
};

export type ResolvedStripePayment = { kind: "payment"; payment: StripePayment } | { kind: "not-a-payment"; reason: string };

/**
 * Reads a payment event into a payment (DESIGN §3.2): `payment_intent.succeeded` with the lines in its metadata,
 * `checkout.session.completed` with its line items fetched, a bare `charge.succeeded` only when it has no
 * PaymentIntent (otherwise the PaymentIntent's own event carries it).
 */
export async function resolveStripePayment(stripe: StripeConnection, event: HandledStripeEvent): Promise<ResolvedStripePayment> {
  switch (event.type) {
    case "payment_intent.succeeded": {
      const intent = await retrievePaymentIntent(stripe, event.data.object.id);
      const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
      const customerId = typeof intent.customer === "string" ? intent.customer : (intent.customer?.id ?? null);
      return {
        kind: "payment",
        payment: {
          sourceKey: `stripe:${intent.id}`,
          paymentIntentId: intent.id,
          amountCents: intent.amount_received || intent.amount,
          currency: intent.currency.toUpperCase(),
          placedAt: new Date(intent.created * 1000).toISOString(),
          lines: extractPaymentLines({ metadata: intent.metadata }),
          buyer: {
            externalId: customerId ?? `payment:${intent.id}`,
            name: charge?.billing_details?.name ?? null,
            email: charge?.billing_details?.email ?? intent.receipt_email ?? charge?.receipt_email ?? null,
            phone: charge?.billing_details?.phone ?? null,
          },
        },
      };
    }
    case "checkout.session.completed": {
      const session = event.data.object;
      if (session.payment_status !== "paid" || !session.payment_intent) return { kind: "not-a-payment", reason: `checkout session ${session.payment_status}` };
      const lineItems = await listCheckoutSessionLineItems(stripe, session.id);
      return {
        kind: "payment",
        payment: {
          sourceKey: `stripe:${session.payment_intent}`,
          paymentIntentId: session.payment_intent,
          amountCents: session.amount_total ?? 0,
          currency: (session.currency ?? "usd").toUpperCase(),
          placedAt: new Date(session.created * 1000).toISOString(),
          lines: extractPaymentLines({ metadata: session.metadata, checkoutLineItems: lineItems }),
          buyer: {
            externalId: session.customer ?? `payment:${session.payment_intent}`,
            name: session.customer_details?.name ?? null,
            email: session.customer_details?.email ?? null,
            phone: session.customer_details?.phone ?? null,
          },
        },
      };
    }
    case "charge.succeeded": {
      const charge = event.data.object;
      const paymentIntentId = charge.payment_intent;
      const customerId = typeof charge.customer === "string" ? charge.customer : (charge.customer?.id ?? null);
      return {
        kind: "payment",
        payment: {
          sourceKey: `stripe:${paymentIntentId ?? charge.id}`,
          paymentIntentId,
          amountCents: charge.amount,
          currency: charge.currency.toUpperCase(),
          placedAt: new Date(charge.created * 1000).toISOString(),
          lines: extractPaymentLines({ metadata: charge.metadata }),
          buyer: {
            externalId: customerId ?? `payment:${paymentIntentId ?? charge.id}`,
            name: charge.billing_details?.name ?? null,
            email: charge.billing_details?.email ?? charge.receipt_email ?? null,
            phone: charge.billing_details?.phone ?? null,
          },
        },
      };
    }
    default:
      return { kind: "not-a-payment", reason: `${event.type} is not a payment` };
  }
}
