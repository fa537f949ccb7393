import type { Database } from "@/lib/db/open-database";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";

/**
 * `count` Shopify orders of store 1 reserved as pending, as the order handler leaves them before posting: one to
 * three lines of one unit each, spread over the first `skus` items of the synthetic shop. Answers their ids.
 */
export async function reserveOrderBacklog(db: Database, options: { count: number; skus: number; domain: string }): Promise<number[]> {
  const orderIds: number[] = [];
  for (let number = 1; number <= options.count; number += 1) {
    const lineCount = 1 + (number % 3);
    const lines = Array.from({ length: lineCount }, (_, index) => {
      const itemId = 1 + ((number * 7 + index * 13) % options.skus);
      return { itemId, sku: `SKU-${String(itemId).padStart(7, "0")}`, name: `Item ${itemId}`, quantity: 1, unitPriceCents: 1000 };
    });
    const totalCents = lines.length * 1000;
    const reserved = await reserveOnlineOrder(db, {
      channel: "shopify",
      sourceKey: `shopify:${options.domain}:order:${number}`,
      shopifyStoreId: 1,
      shopifyOrderId: String(900_000 + number),
      stripePaymentIntentId: null,
      lightspeedShopId: 1,
      customerId: null,
      currency: "USD",
      subtotalCents: totalCents,
      taxCents: 0,
      totalCents,
      placedAt: new Date(),
      lines,
    });
    orderIds.push(reserved.orderId);
  }
  return orderIds;
}
