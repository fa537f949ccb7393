import { verifyShopifyWebhook } from "@/lib/connectors/shopify";
import type { ClassifiedDelivery } from "./classified-delivery";
import { bodyBytes, decodeJsonObjectBody } from "./decode-json-body";
import { isHandledShopifyTopic } from "./handled-shopify-topics";
import { pickShopifyHeaders } from "./pick-shopify-headers";
import { rejected } from "./webhook-answer";
import type { WebhookDelivery } from "./webhook-delivery";

/** A store whose webhooks are accepted, with the secret its deliveries are signed with (SHOPIFY_STORES). */
export type ShopifyWebhookStore = { domain: string; webhookSecret: string };

const maxHeaderLength = 255;

function requiredHeader(headers: Headers, name: string): string | null {
  const value = headers.get(name)?.trim() ?? "";
  return value === "" || value.length > maxHeaderLength ? null : value;
}

/**
 * Judges a Shopify delivery strictly, storing nothing: the store from `X-Shopify-Shop-Domain` must be configured
 * (404 otherwise: there is no secret to check it with), `X-Shopify-Hmac-Sha256` must be that store's HMAC of the
 * raw body, compared in constant time (401), and `X-Shopify-Topic` and `X-Shopify-Webhook-Id` must be present
 * (400). An authentic delivery is keyed by its webhook id and is to be:
 *
 * - handed to the engine: a handled topic (handled-shopify-topics.ts) with a JSON object body;
 * - `ignored`, `unhandled topic "<topic>"`: any other topic;
 * - `ignored`, `malformed payload`: a body that is not a JSON object. It is authentic, so it is kept for a person to
 *   look at, and acknowledged so that Shopify does not retry it for hours to no purpose.
 *
 * The HMAC covers the body only: the headers (topic, webhook id) are taken on trust once the body is authentic,
 * as every Shopify app does; processing parses the body for its topic and stays idempotent on business keys.
 */
export function classifyShopifyDelivery(delivery: WebhookDelivery, stores: readonly ShopifyWebhookStore[]): ClassifiedDelivery {
  const { headers } = delivery;
  const domain = headers.get("x-shopify-shop-domain")?.trim().toLowerCase() ?? "";
  const store = stores.find((candidate) => candidate.domain === domain);
  if (!store) return { kind: "refused", answer: rejected(404, "unknown store") };

  const bytes = bodyBytes(delivery.rawBody);
  if (!verifyShopifyWebhook(bytes, headers.get("x-shopify-hmac-sha256"), [store.webhookSecret])) {
    return { kind: "refused", answer: rejected(401, "invalid signature") };
  }

  const topic = requiredHeader(headers, "x-shopify-topic");
  const webhookId = requiredHeader(headers, "x-shopify-webhook-id");
  if (topic === null || webhookId === null) {
    return { kind: "refused", answer: rejected(400, "missing X-Shopify-Topic or X-Shopify-Webhook-Id") };
  }

  const body = decodeJsonObjectBody(bytes);
  return {
    kind: "authentic",
    delivery: {
      provider: "shopify",
      providerEventId: webhookId,
      topic,
      shopDomain: store.domain,
      headers: pickShopifyHeaders(headers),
      rawBody: body.text,
      ignoredReason: body.object === null ? "malformed payload" : isHandledShopifyTopic(topic) ? null : `unhandled topic "${topic}"`,
    },
  };
}
