import { z } from "zod";
import { metadataSchema } from "./metadata-schema";
import { expandableId, nullable } from "./schema-helpers";

const customerDetailsSchema = z.object({
  email: nullable(z.string()),
  name: nullable(z.string()),
  phone: nullable(z.string()),
});

/** A Checkout Session as it arrives in checkout.session.completed (line_items are not included; list them). */
export const stripeCheckoutSessionSchema = z.object({
  id: z.string().startsWith("cs_"),
  object: z.literal("checkout.session"),
  mode: z.string(),
  status: nullable(z.enum(["open", "complete", "expired"])),
  payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
  payment_intent: expandableId(),
  customer: expandableId(),
  customer_details: nullable(customerDetailsSchema),
  client_reference_id: nullable(z.string()),
  amount_total: nullable(z.number().int()),
  currency: nullable(z.string()),
  created: z.number().int(),
  livemode: z.boolean(),
  metadata: metadataSchema,
});

export type StripeCheckoutSession = z.output<typeof stripeCheckoutSessionSchema>;
