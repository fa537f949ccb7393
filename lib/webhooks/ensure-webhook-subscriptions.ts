import type { ShopifyClient, ShopifyResult } from "@/lib/connectors/shopify";
import { HANDLED_SHOPIFY_TOPICS } from "./handled-shopify-topics";

export type SubscriptionClient = Pick<ShopifyClient, "listWebhookSubscriptions" | "createWebhookSubscription">;

export type EnsuredSubscriptions = {
  /** Topics that had no subscription to `uri` and now have one. */
  created: string[];
  /** Topics already subscribed to `uri`. */
  present: string[];
};

/** Where a store's webhooks must go: `<public URL of the portal>/api/webhooks/shopify` (a path prefix is kept). */
export function shopifyWebhookUri(publicUrl: string): string {
  const base = new URL(publicUrl);
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}/api/webhooks/shopify`;
}

/**
 * Makes sure a store sends every handled topic to `uri`: lists its subscriptions and creates the missing ones.
 * Repeatable: a subscription created meanwhile answers `exists` and counts as present. Subscriptions to other
 * addresses are left alone (they may belong to another installation). Stops at the first failure.
 */
export async function ensureWebhookSubscriptions(
  client: SubscriptionClient,
  args: { uri: string; topics?: readonly string[] },
): Promise<ShopifyResult<EnsuredSubscriptions>> {
  const topics = args.topics ?? HANDLED_SHOPIFY_TOPICS;
  const listed = await client.listWebhookSubscriptions();
  if (!listed.ok) return listed;
  const present = topics.filter((topic) => listed.value.some((subscription) => subscription.topic === topic && subscription.uri === args.uri));
  const created: string[] = [];
  for (const topic of topics) {
    if (present.includes(topic)) continue;
    const result = await client.createWebhookSubscription({ topic, uri: args.uri });
    if (!result.ok) return result;
    if (result.value.status === "created") created.push(topic);
    else present.push(topic);
  }
  return { ok: true, value: { created, present } };
}
