import type { Executor } from "@/lib/db";
import { acceptVerifiedDelivery, type AcceptDeliveryDeps } from "./accept-verified-delivery";
import { classifyShopifyDelivery, type ShopifyWebhookStore } from "./classify-shopify-delivery";
import { settleInventoryEcho } from "./settle-inventory-echo";
import type { WebhookAnswer } from "./webhook-answer";
import type { WebhookDelivery } from "./webhook-delivery";

export type ShopifyWebhookDeps = AcceptDeliveryDeps & { stores: readonly ShopifyWebhookStore[] };

/**
 * The Shopify webhook endpoint without Next: judge the delivery (classify-shopify-delivery.ts: 404 unknown
 * store, 401 bad signature, 400 missing headers — nothing stored), then record it once under its webhook id, hand
 * it to the engine as `shopify:<X-Shopify-Webhook-Id>` and acknowledge (accept-verified-delivery.ts). The echo of
 * the portal's own inventory write is settled at once, without an engine run (settle-inventory-echo.ts).
 */
export async function acceptShopifyWebhook(db: Executor, delivery: WebhookDelivery, deps: ShopifyWebhookDeps): Promise<WebhookAnswer> {
  const classified = classifyShopifyDelivery(delivery, deps.stores);
  return classified.kind === "refused" ? classified.answer : acceptVerifiedDelivery(db, classified.delivery, { ...deps, settleAtOnce: settleInventoryEcho });
}
