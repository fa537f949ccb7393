import { z } from "zod";
import { stripeChargeSchema } from "./charge-schema";
import { metadataSchema } from "./metadata-schema";
import { expandable, expandableId, nullable } from "./schema-helpers";

export const stripeRefundStatusSchema = z.enum(["pending", "requires_action", "succeeded", "failed", "canceled"]);
export type StripeRefundStatus = z.output<typeof stripeRefundStatusSchema>;

/** A Refund (no line items: lines travel in its metadata, see line-metadata.ts). */
export const stripeRefundSchema = z.object({
  id: z.string().min(1),
  object: z.literal("refund"),
  amount: z.number().int().nonnegative(),
  currency: z.string().length(3),
  status: nullable(stripeRefundStatusSchema),
  charge: expandable(stripeChargeSchema),
  payment_intent: expandableId(),
  reason: nullable(z.string()),
  failure_reason: nullable(z.string()),
  created: z.number().int(),
  metadata: metadataSchema,
});

export type StripeRefund = z.output<typeof stripeRefundSchema>;
