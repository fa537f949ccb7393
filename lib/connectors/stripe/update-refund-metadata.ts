import { idempotencyKeySchema } from "./idempotency-key";
import { requestStripe } from "./request-stripe";
import { metadataUpdateSchema } from "./schemas/metadata-schema";
import { stripeRefundSchema, type StripeRefund } from "./schemas/refund-schema";
import type { StripeConnection } from "./stripe-connection";

/**
 * Merges `metadata` into a Refund's metadata, e.g. `{ lightspeed_refund_id: "88" }` (metadata is the only thing a
 * refund update accepts). Stripe answers with refund.updated and charge.refund.updated events: expect the echo.
 */
export async function updateRefundMetadata(
  connection: StripeConnection,
  params: { refundId: string; metadata: Record<string, string>; idempotencyKey: string },
): Promise<StripeRefund> {
  const metadata = metadataUpdateSchema.parse(params.metadata);
  const idempotencyKey = idempotencyKeySchema.parse(params.idempotencyKey);
  return requestStripe(`update Refund ${params.refundId}`, stripeRefundSchema, () =>
    connection.sdk.refunds.update(params.refundId, { metadata }, { idempotencyKey }),
  );
}
