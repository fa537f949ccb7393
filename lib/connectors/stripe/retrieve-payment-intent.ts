import { requestStripe } from "./request-stripe";
import { stripePaymentIntentSchema, type StripePaymentIntent } from "./schemas/payment-intent-schema";
import type { StripeConnection } from "./stripe-connection";

export type PaymentIntentExpansion = "latest_charge" | "customer";

/**
 * Retrieves a PaymentIntent. By default `latest_charge` and `customer` come expanded (one round trip gives the
 * billing details and the customer's email/phone); pass `expand: []` for ids only.
 */
export async function retrievePaymentIntent(
  connection: StripeConnection,
  paymentIntentId: string,
  options: { expand?: readonly PaymentIntentExpansion[] } = {},
): Promise<StripePaymentIntent> {
  const expand = [...(options.expand ?? ["latest_charge", "customer"])];
  return requestStripe(`retrieve PaymentIntent ${paymentIntentId}`, stripePaymentIntentSchema, () =>
    connection.sdk.paymentIntents.retrieve(paymentIntentId, expand.length > 0 ? { expand } : {}),
  );
}
