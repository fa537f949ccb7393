import type { IdFactory } from "../stripe-ids";
import type { CustomerObject, Metadata } from "../stripe-objects";
import { randomBase62 } from "../stripe-ids";

export type CustomerInput = {
  email: string | null;
  name: string | null;
  phone: string | null;
  metadata: Metadata;
  livemode: boolean;
};

export function buildCustomer(ids: IdFactory, input: CustomerInput, created: number): CustomerObject {
  return {
    id: ids.customer(),
    object: "customer",
    address: null,
    balance: 0,
    created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: input.email,
    invoice_prefix: randomBase62(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: input.livemode,
    metadata: { ...input.metadata },
    name: input.name,
    next_invoice_sequence: 1,
    phone: input.phone,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
}
