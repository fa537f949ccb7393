import { z } from "zod";
import { stripeChargeSchema } from "./charge-schema";
import { stripeCustomerOrDeletedSchema } from "./customer-schema";
import { metadataSchema } from "./metadata-schema";
import { expandable, nullable } from "./schema-helpers";

export const stripePaymentIntentSchema = z.object({
  id: z.string().startsWith("pi_"),
  object: z.literal("payment_intent"),
  amount: z.number().int().nonnegative(),
  amount_received: z.number().int().nonnegative(),
  currency: z.string().length(3),
  status: z.enum([
    "requires_payment_method",
    "requires_confirmation",
    "requires_action",
    "processing",
    "requires_capture",
    "canceled",
    "succeeded",
  ]),
  created: z.number().int(),
  livemode: z.boolean(),
  customer: expandable(stripeCustomerOrDeletedSchema),
  latest_charge: expandable(stripeChargeSchema),
  receipt_email: nullable(z.string()),
  description: nullable(z.string()),
  metadata: metadataSchema,
});

export type StripePaymentIntent = z.output<typeof stripePaymentIntentSchema>;
