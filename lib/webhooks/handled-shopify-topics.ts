/**
 * The Shopify topics the portal subscribes to and hands to the engine. Anything else that arrives signed is kept in
 * the inbox as `ignored`, so an unexpected subscription is visible instead of silently dropped.
 * `app/uninstalled` is recorded like the others: it tells the portal a store went away.
 */
export const HANDLED_SHOPIFY_TOPICS = ["orders/create", "refunds/create", "inventory_levels/update", "app/uninstalled"] as const;

export type HandledShopifyTopic = (typeof HANDLED_SHOPIFY_TOPICS)[number];

export function isHandledShopifyTopic(topic: string): topic is HandledShopifyTopic {
  return HANDLED_SHOPIFY_TOPICS.some((handled) => handled === topic);
}
