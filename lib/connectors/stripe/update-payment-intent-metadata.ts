import { idempotencyKeySchema } from "./idempotency-key";
import { requestStripe } from "./request-stripe";
import { metadataUpdateSchema } from "./schemas/metadata-schema";
import { stripePaymentIntentSchema, type StripePaymentIntent } from "./schemas/payment-intent-schema";
import type { StripeConnection } from "./stripe-connection";

/**
 * Merges `metadata` into a PaymentIntent's metadata (keys not named are kept; an empty string removes a key), e.g.
 * `{ lightspeed_sale_id: "1234" }` once the sale is in Lightspeed. Emits no event: Stripe has no payment_intent.updated.
 */
export async function updatePaymentIntentMetadata(
  connection: StripeConnection,
  params: { paymentIntentId: string; metadata: Record<string, string>; idempotencyKey: string },
): Promise<StripePaymentIntent> {
  const metadata = metadataUpdateSchema.parse(params.metadata);
  const idempotencyKey = idempotencyKeySchema.parse(params.idempotencyKey);
  return requestStripe(`update PaymentIntent ${params.paymentIntentId}`, stripePaymentIntentSchema, () =>
    connection.sdk.paymentIntents.update(params.paymentIntentId, { metadata }, { idempotencyKey }),
  );
}
