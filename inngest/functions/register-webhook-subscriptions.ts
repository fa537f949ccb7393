import { shopifyWebhookUri, type SubscriptionClient } from "@/lib/webhooks/ensure-webhook-subscriptions";
import { subscribeStore } from "@/lib/webhooks/subscribe-store";
import type { InngestClient } from "../create-inngest-client";
import { shopifyStoreConnected, webhookSubscriptionsRequested } from "../events";

export type WebhookSubscriptionFunctionDeps = {
  /**
   * The portal's public base URL (Shopify delivers to `<publicUrl>/api/webhooks/shopify`), or null while none is
   * configured: the functions then say so and change nothing.
   */
  publicUrl: string | null;
  /** The configured stores' clients, by domain (getConnectors().shopify). */
  stores: () => ReadonlyMap<string, SubscriptionClient>;
};

export const noPublicUrlMessage = "webhook subscriptions: no public URL is configured, so Shopify cannot be told where to deliver";

/**
 * Subscribes stores to the handled topics: the store just connected (`tillbridge/shopify.store-connected`), or
 * every configured store (`tillbridge/webhook-subscriptions.requested`, sent at start-up). One step per store,
 * in parallel, each retried on its own.
 */
export function createRegisterWebhookSubscriptionsFunction(client: InngestClient, deps: WebhookSubscriptionFunctionDeps) {
  return client.createFunction(
    {
      id: "register-webhook-subscriptions",
      retries: 4,
      concurrency: { limit: 1 },
      triggers: [shopifyStoreConnected, webhookSubscriptionsRequested],
    },
    async ({ event, step, logger }) => {
      const stores = deps.stores();
      if (deps.publicUrl === null) {
        if (stores.size > 0) logger.warn(noPublicUrlMessage);
        return { skipped: "no public URL configured" };
      }
      const uri = shopifyWebhookUri(deps.publicUrl);
      const domains = event.name === shopifyStoreConnected.name ? [event.data.domain] : [...stores.keys()];
      const outcomes = await Promise.all(domains.map((domain) => step.run(`subscribe ${domain}`, () => subscribeStore(deps.stores(), domain, uri))));
      for (const outcome of outcomes) {
        if (outcome.status === "not-configured") logger.warn(`webhook subscriptions: ${outcome.domain} is not in SHOPIFY_STORES`);
      }
      return { uri, stores: outcomes };
    },
  );
}
