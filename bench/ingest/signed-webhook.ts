import { signWebhookBody } from "@/sandbox/shopify/webhooks/sign-webhook";
import { signStripePayload } from "@/sandbox/stripe/events/sign-stripe-payload";
import { benchShopDomain, benchShopifySecret, benchStripeSecret } from "./webhook-secrets";

/** One webhook delivery ready to POST. */
export type SignedWebhook = { path: string; headers: Record<string, string>; body: string };

/** `orders/create` from the bench store, as Shopify signs it (HMAC of the body), under a unique webhook id. */
function shopifyOrder(id: string, sequence: number): SignedWebhook {
  const orderId = 9_000_000_000 + sequence;
  const body = JSON.stringify({
    id: orderId,
    admin_graphql_api_id: `gid://shopify/Order/${orderId}`,
    name: `#B${sequence}`,
    email: `buyer${sequence}@example.com`,
    created_at: new Date().toISOString(),
    currency: "USD",
    financial_status: "paid",
    total_price: "42.00",
    subtotal_price: "42.00",
    total_tax: "0.00",
    customer: { id: 7_000_000_000 + sequence, email: `buyer${sequence}@example.com`, first_name: "Bench", last_name: `Buyer ${sequence}`, phone: null },
    line_items: [
      { id: orderId * 10 + 1, variant_id: 44_000_001, sku: "BENCH-SKU-1", title: "Bench item", quantity: 1, price: "21.00" },
      { id: orderId * 10 + 2, variant_id: 44_000_002, sku: "BENCH-SKU-2", title: "Bench item two", quantity: 1, price: "21.00" },
    ],
  });
  return {
    path: "/api/webhooks/shopify",
    body,
    headers: {
      "content-type": "application/json",
      "x-shopify-topic": "orders/create",
      "x-shopify-shop-domain": benchShopDomain,
      "x-shopify-hmac-sha256": signWebhookBody(body, benchShopifySecret),
      "x-shopify-webhook-id": id,
      "x-shopify-event-id": `event-${id}`,
      "x-shopify-triggered-at": new Date().toISOString(),
      "x-shopify-api-version": "2025-07",
    },
  };
}

/** `payment_intent.succeeded` in test mode, signed as Stripe signs it (`t=…,v1=…`), under a unique event id. */
function stripePayment(id: string, sequence: number): SignedWebhook {
  const body = JSON.stringify({
    id,
    object: "event",
    api_version: "2025-08-27.basil",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: "payment_intent.succeeded",
    data: {
      object: { id: `pi_bench_${sequence}`, object: "payment_intent", amount: 4200, currency: "usd", status: "succeeded", metadata: {}, livemode: false },
    },
  });
  return {
    path: "/api/webhooks/stripe",
    body,
    headers: { "content-type": "application/json", "stripe-signature": signStripePayload(body, [benchStripeSecret], Math.floor(Date.now() / 1000), false) },
  };
}

/** The `sequence`-th delivery of a run: Shopify and Stripe in turn, ids `<prefix>-<sequence>` (Stripe: `evt_…`). */
export function signedWebhook(prefix: string, sequence: number): SignedWebhook {
  return sequence % 2 === 0 ? shopifyOrder(`${prefix}-${sequence}`, sequence) : stripePayment(`evt_${prefix}-${sequence}`, sequence);
}
