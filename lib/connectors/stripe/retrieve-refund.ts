import { requestStripe } from "./request-stripe";
import { stripeRefundSchema, type StripeRefund } from "./schemas/refund-schema";
import type { StripeConnection } from "./stripe-connection";

/**
 * Retrieves a Refund; with `expandCharge` (the default) its `charge` is the Charge, whose `amount` tells a full
 * refund from a partial one (extractRefundLines).
 */
export async function retrieveRefund(
  connection: StripeConnection,
  refundId: string,
  options: { expandCharge?: boolean } = {},
): Promise<StripeRefund> {
  const expandCharge = options.expandCharge ?? true;
  return requestStripe(`retrieve Refund ${refundId}`, stripeRefundSchema, () =>
    connection.sdk.refunds.retrieve(refundId, expandCharge ? { expand: ["charge"] } : {}),
  );
}
