import { z } from "zod";

/** Where an order was placed: the shop's till, one Shopify store (by name), or Stripe. */
export const salesChannelSchema = z.object({
  channel: z.enum(["in_store", "shopify", "stripe"]),
  storeName: z.string().nullable(),
});

export type SalesChannel = z.infer<typeof salesChannelSchema>;

/** How a channel is named on screen: "In store", "Shopify · Tillbridge Outlet", "Stripe". */
export function salesChannelLabel({ channel, storeName }: SalesChannel): string {
  switch (channel) {
    case "in_store":
      return "In store";
    case "shopify":
      return storeName ? `Shopify · ${storeName}` : "Shopify";
    case "stripe":
      return "Stripe";
  }
}

/** A stable key for a channel (React keys, test ids). */
export function salesChannelKey({ channel, storeName }: SalesChannel): string {
  return storeName ? `${channel}:${storeName}` : channel;
}
