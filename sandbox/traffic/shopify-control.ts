import { z } from "zod";
import { callControl } from "../run/control-client";

const inspectionSchema = z.object({
  domain: z.string(),
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
  variants: z.array(z.object({ variantId: z.string(), inventoryItemId: z.string(), sku: z.string().nullable() })),
  levels: z.array(z.object({ inventoryItemId: z.string(), locationId: z.string(), available: z.number().int() })),
  orders: z.array(
    z.object({
      id: z.string(),
      lines: z.array(
        z.object({
          lineItemId: z.string(),
          sku: z.string().nullable(),
          quantity: z.number().int(),
          refundedQuantity: z.number().int(),
        }),
      ),
    }),
  ),
});
const createdOrderSchema = z.object({
  id: z.string(),
  name: z.string(),
  lines: z.array(z.object({ lineItemId: z.string(), variantId: z.string(), sku: z.string().nullable(), quantity: z.number().int() })),
});
const createdRefundSchema = z.object({ id: z.string(), orderId: z.string(), restocked: z.number().int() });
const levelSchema = z.object({ inventoryItemId: z.string(), locationId: z.string(), available: z.number().int() });

export type StoreInspectionView = z.output<typeof inspectionSchema>;

export type ShopifyOrderInput = {
  lines: Array<{ variantId: string; quantity: number }>;
  email?: string;
  phone?: string;
  customer?: { firstName: string; lastName: string };
};

export type ShopifyRefundInput = {
  orderId: string;
  lines: Array<{ lineItemId: string; quantity: number; restockType: "no_restock" | "return" | "cancel" }>;
  note?: string;
};

/** The Shopify sandbox's control API, as the traffic generator uses it (answers parsed with zod). */
export function shopifyControl(baseUrl: string) {
  const store = (domain: string) => `${baseUrl}/stores/${encodeURIComponent(domain)}`;
  return {
    inspect: (domain: string) => callControl("GET", store(domain), inspectionSchema),
    /** An online order: the store decrements `available` itself and refuses to oversell (422). */
    createOrder: (domain: string, order: ShopifyOrderInput) => callControl("POST", `${store(domain)}/orders`, createdOrderSchema, order),
    createRefund: (domain: string, refund: ShopifyRefundInput) =>
      callControl("POST", `${store(domain)}/refunds`, createdRefundSchema, refund),
    /** An edit of `available` in Shopify's admin. */
    setAvailable: (domain: string, inventoryItemId: string, available: number) =>
      callControl("POST", `${store(domain)}/levels`, levelSchema, { inventoryItemId, available }),
  };
}

export type ShopifyControl = ReturnType<typeof shopifyControl>;
