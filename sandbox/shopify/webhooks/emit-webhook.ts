import type { SandboxContext } from "../sandbox-context";
import type { StoreState } from "../state/store-state";
import { signWebhookBody } from "./sign-webhook";

/** Topic names as subscriptions use them: ORDERS_CREATE ↔ orders/create. */
export function topicFromEnum(value: string): string {
  const cut = value.lastIndexOf("_");
  return cut < 0 ? value.toLowerCase() : `${value.slice(0, cut)}/${value.slice(cut + 1)}`.toLowerCase();
}

export function topicToEnum(topic: string): string {
  return topic.replace("/", "_").toUpperCase();
}

/**
 * Sends one event to every subscription of its topic (and the default target), signed with the store's app
 * secret and carrying Shopify's headers. All deliveries of one event share X-Shopify-Event-Id; each has its
 * own X-Shopify-Webhook-Id, which a retry or an injected duplicate keeps.
 */
export function emitWebhook(context: SandboxContext, store: StoreState, topic: string, payload: Record<string, unknown>): void {
  const targets = new Set<string>();
  for (const subscription of store.webhookSubscriptions.values()) if (subscription.topic === topic) targets.add(subscription.uri);
  if (context.settings.defaultWebhookTarget !== null) targets.add(context.settings.defaultWebhookTarget);
  if (targets.size === 0) return;
  const body = JSON.stringify(payload);
  const eventId = context.random.uuid();
  const at = context.now();
  for (const url of targets) {
    const webhookId = context.random.uuid();
    const headers: Record<string, string> = {
      "X-Shopify-Topic": topic,
      "X-Shopify-Hmac-Sha256": signWebhookBody(body, store.webhookSecret),
      "X-Shopify-Shop-Domain": store.domain,
      "X-Shopify-API-Version": context.settings.webhookApiVersion,
      "X-Shopify-Webhook-Id": webhookId,
      "X-Shopify-Event-Id": eventId,
      "X-Shopify-Triggered-At": at.toISOString(),
    };
    context.webhooksSent.push({ webhookId, eventId, domain: store.domain, topic, url, headers, body, at });
    context.delivery.enqueue({ id: webhookId, url, body, headers, label: topic });
  }
}
