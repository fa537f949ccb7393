import { requestStripe } from "./request-stripe";
import {
  stripeCustomerOrDeletedSchema,
  type DeletedStripeCustomer,
  type StripeCustomer,
} from "./schemas/customer-schema";
import type { StripeConnection } from "./stripe-connection";

/** Retrieves a Customer; a deleted one comes back as `{ id, deleted: true }` (Stripe answers 200, not 404). */
export async function retrieveCustomer(
  connection: StripeConnection,
  customerId: string,
): Promise<StripeCustomer | DeletedStripeCustomer> {
  return requestStripe(`retrieve Customer ${customerId}`, stripeCustomerOrDeletedSchema, () =>
    connection.sdk.customers.retrieve(customerId),
  );
}
