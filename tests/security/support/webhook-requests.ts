import { shopifyDelivery, stripeDelivery } from "../../unit/webhooks/support/deliveries";
import { sweepStores, sweepStripeWebhookSecret } from "./security-environment";

const [storeA] = sweepStores;

/** A request to a webhook route, as the provider (or an attacker) would send it. */
export function webhookRequest(provider: "shopify" | "stripe", headers: Headers, body: BodyInit): Request {
  return new Request(`http://portal.test/api/webhooks/${provider}`, { method: "POST", headers, body });
}

/** A Shopify delivery signed with store A's secret unless told otherwise. */
export function shopifyRequest(options: Omit<Parameters<typeof shopifyDelivery>[0], "domain" | "secret"> & { domain?: string; secret?: string }) {
  const delivery = shopifyDelivery({ domain: storeA.domain, secret: storeA.webhookSecret, ...options });
  return { request: webhookRequest("shopify", delivery.headers, options.body), webhookId: delivery.webhookId };
}

/** A Stripe delivery signed with the sweep's endpoint secret unless told otherwise. */
export function stripeRequest(options: Parameters<typeof stripeDelivery>[0]): Request {
  const delivery = stripeDelivery({ secret: sweepStripeWebhookSecret, ...options });
  return webhookRequest("stripe", delivery.headers, options.body);
}
