import { z } from "zod";
import { metadataSchema } from "./metadata-schema";
import { nullable } from "./schema-helpers";

export const stripeProductSchema = z.object({
  id: z.string().startsWith("prod_"),
  object: z.literal("product"),
  name: z.string(),
  metadata: metadataSchema,
});

export const stripePriceSchema = z.object({
  id: z.string().min(1),
  object: z.literal("price"),
  currency: z.string().length(3),
  unit_amount: nullable(z.number().int()),
  /** The product id, or the product when listed with `expand[]=data.price.product`. */
  product: z.union([z.string(), stripeProductSchema]),
  metadata: metadataSchema,
});

/** A Checkout Session line item (`object: "item"`). */
export const stripeCheckoutLineItemSchema = z.object({
  id: z.string().min(1),
  object: z.literal("item"),
  description: nullable(z.string()),
  quantity: nullable(z.number().int().nonnegative()),
  amount_subtotal: z.number().int(),
  amount_total: z.number().int(),
  currency: z.string().length(3),
  metadata: metadataSchema,
  price: nullable(stripePriceSchema),
});

export type StripeProduct = z.output<typeof stripeProductSchema>;
export type StripePrice = z.output<typeof stripePriceSchema>;
export type StripeCheckoutLineItem = z.output<typeof stripeCheckoutLineItemSchema>;
