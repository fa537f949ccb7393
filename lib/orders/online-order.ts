import { z } from "zod";

/** An order taken online (a Shopify store or Stripe), with its lines resolved to items, ready to reserve. */
export const onlineOrderSchema = z.object({
  channel: z.enum(["shopify", "stripe"]),
  /** Unique per origin: `shopify:<domain>:order:<id>` or `stripe:<payment intent or charge id>`. */
  sourceKey: z.string().min(1),
  shopifyStoreId: z.number().int().positive().nullable(),
  shopifyOrderId: z.string().nullable(),
  stripePaymentIntentId: z.string().nullable(),
  lightspeedShopId: z.number().int().positive(),
  customerId: z.number().int().positive().nullable(),
  currency: z.string().length(3),
  subtotalCents: z.number().int(),
  taxCents: z.number().int(),
  totalCents: z.number().int(),
  placedAt: z.date(),
  lines: z
    .array(
      z.object({
        itemId: z.number().int().positive(),
        sku: z.string().min(1),
        name: z.string(),
        quantity: z.number().int().positive(),
        unitPriceCents: z.number().int().min(0),
      }),
    )
    .min(1),
});

export type OnlineOrder = z.infer<typeof onlineOrderSchema>;

/** The Lightspeed reference an online order's sale carries, so a retry finds it instead of posting twice. */
export function saleReferenceOf(order: Pick<OnlineOrder, "shopifyOrderId" | "stripePaymentIntentId" | "sourceKey"> & { channel: string }) {
  if (order.channel === "shopify" && order.shopifyOrderId) return { referenceNumber: order.shopifyOrderId, referenceNumberSource: "shopify" };
  if (order.channel === "stripe" && order.stripePaymentIntentId) return { referenceNumber: order.stripePaymentIntentId, referenceNumberSource: "stripe" };
  return { referenceNumber: order.sourceKey, referenceNumberSource: "tillbridge" };
}
