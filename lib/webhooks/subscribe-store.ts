import { ensureWebhookSubscriptions, type SubscriptionClient } from "./ensure-webhook-subscriptions";

export type StoreSubscriptionOutcome =
  | { domain: string; status: "ensured"; created: string[]; present: string[] }
  /** The domain has no client: it is not (or no longer) in SHOPIFY_STORES. */
  | { domain: string; status: "not-configured" };

/**
 * Ensures one store's subscriptions to `uri` (one step of the subscription functions). Throws when Shopify
 * cannot be asked, so the engine retries the step.
 */
export async function subscribeStore(
  stores: ReadonlyMap<string, SubscriptionClient>,
  domain: string,
  uri: string,
): Promise<StoreSubscriptionOutcome> {
  const client = stores.get(domain);
  if (!client) return { domain, status: "not-configured" };
  const result = await ensureWebhookSubscriptions(client, { uri });
  if (!result.ok) throw new Error(`webhook subscriptions for ${domain}: ${result.error.code}: ${result.error.message}`);
  return { domain, status: "ensured", ...result.value };
}
