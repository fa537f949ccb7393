import { z } from "zod";
import { stripeCustomerOrDeletedSchema } from "./customer-schema";
import { metadataSchema } from "./metadata-schema";
import { expandable, expandableId, nullable } from "./schema-helpers";

const billingDetailsSchema = z.object({
  email: nullable(z.string()),
  name: nullable(z.string()),
  phone: nullable(z.string()),
});

/** The Charge fields the portal reads; tolerant of old API versions (2018-11-08 has no billing_details). */
export const stripeChargeSchema = z.object({
  id: z.string().min(1),
  object: z.literal("charge"),
  amount: z.number().int().nonnegative(),
  amount_refunded: z.number().int().nonnegative(),
  currency: z.string().length(3),
  status: z.enum(["succeeded", "pending", "failed"]),
  paid: z.boolean(),
  refunded: z.boolean(),
  created: z.number().int(),
  livemode: z.boolean(),
  customer: expandable(stripeCustomerOrDeletedSchema),
  payment_intent: expandableId(),
  billing_details: nullable(billingDetailsSchema),
  receipt_email: nullable(z.string()),
  description: nullable(z.string()),
  metadata: metadataSchema,
});

export type StripeCharge = z.output<typeof stripeChargeSchema>;
