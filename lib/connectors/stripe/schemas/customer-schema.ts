import { z } from "zod";
import { metadataSchema } from "./metadata-schema";
import { nullable } from "./schema-helpers";

export const stripeCustomerSchema = z.object({
  id: z.string().startsWith("cus_"),
  object: z.literal("customer"),
  deleted: z.literal(false).optional(),
  email: nullable(z.string()),
  name: nullable(z.string()),
  phone: nullable(z.string()),
  metadata: metadataSchema,
  livemode: z.boolean(),
  created: z.number().int(),
});

export const deletedStripeCustomerSchema = z.object({
  id: z.string().startsWith("cus_"),
  object: z.literal("customer"),
  deleted: z.literal(true),
});

export const stripeCustomerOrDeletedSchema = z.union([deletedStripeCustomerSchema, stripeCustomerSchema]);

export type StripeCustomer = z.output<typeof stripeCustomerSchema>;
export type DeletedStripeCustomer = z.output<typeof deletedStripeCustomerSchema>;
