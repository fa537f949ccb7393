import { requestStripe } from "./request-stripe";
import { stripeChargeSchema, type StripeCharge } from "./schemas/charge-schema";
import type { StripeConnection } from "./stripe-connection";

/** Retrieves a Charge (for a bare charge.succeeded, or the charge amount behind a refund). */
export async function retrieveCharge(
  connection: StripeConnection,
  chargeId: string,
  options: { expandCustomer?: boolean } = {},
): Promise<StripeCharge> {
  return requestStripe(`retrieve Charge ${chargeId}`, stripeChargeSchema, () =>
    connection.sdk.charges.retrieve(chargeId, options.expandCustomer ? { expand: ["customer"] } : {}),
  );
}
