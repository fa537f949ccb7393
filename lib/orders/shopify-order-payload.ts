import { z } from "zod";

const id = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(String);
const money = z.union([z.string(), z.number()]).transform((value) => Math.round(Number(value) * 100));

/** The parts of Shopify's `orders/create` webhook (REST shape) the portal uses. */
export const shopifyOrderPayloadSchema = z.object({
  id,
  name: z.string().nullish(),
  created_at: z.string(),
  currency: z.string().length(3),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  subtotal_price: money.nullish(),
  total_tax: money.nullish(),
  total_price: money,
  customer: z
    .object({
      id,
      email: z.string().nullish(),
      phone: z.string().nullish(),
      first_name: z.string().nullish(),
      last_name: z.string().nullish(),
    })
    .nullish(),
  line_items: z.array(
    z.object({
      id,
      variant_id: id.nullish(),
      sku: z.string().nullish(),
      name: z.string().nullish(),
      title: z.string().nullish(),
      quantity: z.number().int().positive(),
      price: money,
    }),
  ),
});

export type ShopifyOrderPayload = z.infer<typeof shopifyOrderPayloadSchema>;
