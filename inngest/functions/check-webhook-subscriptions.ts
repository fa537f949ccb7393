import { cron } from "inngest";
import { shopifyWebhookUri } from "@/lib/webhooks/ensure-webhook-subscriptions";
import { subscribeStore } from "@/lib/webhooks/subscribe-store";
import type { InngestClient } from "../create-inngest-client";
import { noPublicUrlMessage, type WebhookSubscriptionFunctionDeps } from "./register-webhook-subscriptions";

/**
 * Every 30 minutes: lists every configured store's subscriptions and re-creates missing ones. Shopify removes a
 * subscription after sustained delivery failures, and a store loses them to an uninstall; a re-created one is
 * reported, since deliveries were lost meanwhile (reconciliation repairs the stock they carried).
 */
export function createCheckWebhookSubscriptionsFunction(client: InngestClient, deps: WebhookSubscriptionFunctionDeps) {
  return client.createFunction(
    { id: "check-webhook-subscriptions", retries: 2, concurrency: { limit: 1 }, triggers: [cron("*/30 * * * *")] },
    async ({ step, logger }) => {
      const stores = deps.stores();
      if (deps.publicUrl === null) {
        if (stores.size > 0) logger.warn(noPublicUrlMessage);
        return { skipped: "no public URL configured" };
      }
      const uri = shopifyWebhookUri(deps.publicUrl);
      const outcomes = await Promise.all(
        [...stores.keys()].map((domain) => step.run(`check ${domain}`, () => subscribeStore(deps.stores(), domain, uri))),
      );
      for (const outcome of outcomes) {
        if (outcome.status === "ensured" && outcome.created.length > 0) {
          logger.warn(`webhook subscriptions: ${outcome.domain} had lost ${outcome.created.join(", ")}; re-created`);
        }
      }
      return { uri, stores: outcomes };
    },
  );
}
