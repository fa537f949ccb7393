import { describe, expect, it } from "vitest";
import { classifyShopifyDelivery } from "@/lib/webhooks/classify-shopify-delivery";
import { HANDLED_SHOPIFY_TOPICS } from "@/lib/webhooks/handled-shopify-topics";
import { shopA, shopB, shopifyDelivery, shopifyExamplePayload, shopifyHmac, testStores } from "./support/deliveries";

const order = JSON.stringify({ id: 820982911946154500, line_items: [{ sku: "SCARF-RED", quantity: 1 }] });

describe("classifyShopifyDelivery: a strict webhook entry", () => {
  it("takes a signed delivery of a handled topic for processing, keyed by its webhook id", () => {
    const delivery = shopifyDelivery({ body: order });
    const classified = classifyShopifyDelivery(delivery, testStores);
    expect(classified).toEqual({
      kind: "authentic",
      delivery: {
        provider: "shopify",
        providerEventId: delivery.webhookId,
        topic: "orders/create",
        shopDomain: shopA.domain,
        headers: {
          "x-shopify-topic": "orders/create",
          "x-shopify-shop-domain": shopA.domain,
          "x-shopify-webhook-id": delivery.webhookId,
          "x-shopify-event-id": `e-${delivery.webhookId}`,
          "x-shopify-triggered-at": "2026-11-22T10:00:00.000Z",
          "x-shopify-api-version": "2026-04",
        },
        rawBody: order,
        ignoredReason: null,
      },
    });
  });

  it("never keeps the signature among the headers", () => {
    const classified = classifyShopifyDelivery(shopifyDelivery({ body: order }), testStores);
    if (classified.kind !== "authentic") throw new Error("refused");
    expect(Object.keys(classified.delivery.headers).some((name) => name.includes("hmac"))).toBe(false);
  });

  it("reads the shop domain case-insensitively and each store with its own secret", () => {
    const upper = shopifyDelivery({ body: order, domain: shopB.domain, headers: { "x-shopify-shop-domain": " SHOP-B.myshopify.com " } });
    expect(classifyShopifyDelivery(upper, testStores)).toMatchObject({ kind: "authentic", delivery: { shopDomain: shopB.domain } });
  });

  it.each(HANDLED_SHOPIFY_TOPICS)("accepts Shopify's own example payload for %s", (topic) => {
    const classified = classifyShopifyDelivery(shopifyDelivery({ body: shopifyExamplePayload(topic), topic }), testStores);
    expect(classified).toMatchObject({ kind: "authentic", delivery: { topic, ignoredReason: null } });
  });

  it("answers 404 for a store that is not configured, or no store at all", () => {
    const unknown = shopifyDelivery({ body: order, domain: "elsewhere.myshopify.com", secret: "anything" });
    expect(classifyShopifyDelivery(unknown, testStores)).toEqual({ kind: "refused", answer: { status: 404, body: { error: "unknown store" } } });
    const none = shopifyDelivery({ body: order, headers: { "x-shopify-shop-domain": null } });
    expect(classifyShopifyDelivery(none, testStores)).toMatchObject({ kind: "refused", answer: { status: 404 } });
    expect(classifyShopifyDelivery(shopifyDelivery({ body: order }), [])).toMatchObject({ kind: "refused", answer: { status: 404 } });
  });

  it("answers 401 for a forged, tampered, cross-store, malformed or missing signature", () => {
    const refusals = [
      shopifyDelivery({ body: order, secret: "not-the-secret" }),
      { ...shopifyDelivery({ body: order }), rawBody: order.replace("\"quantity\":1", "\"quantity\":9") },
      shopifyDelivery({ body: order, domain: shopA.domain, secret: shopB.webhookSecret }),
      shopifyDelivery({ body: order, headers: { "x-shopify-hmac-sha256": "not base64 at all" } }),
      shopifyDelivery({ body: order, headers: { "x-shopify-hmac-sha256": shopifyHmac(order, shopA.webhookSecret).toLowerCase() } }),
      shopifyDelivery({ body: order, headers: { "x-shopify-hmac-sha256": null } }),
      shopifyDelivery({ body: order, headers: { "x-shopify-hmac-sha256": "" } }),
    ];
    for (const delivery of refusals) {
      expect(classifyShopifyDelivery(delivery, testStores)).toEqual({ kind: "refused", answer: { status: 401, body: { error: "invalid signature" } } });
    }
  });

  it("answers 400 for an authentic body without a topic or webhook id (it could not be deduplicated)", () => {
    for (const missing of ["x-shopify-topic", "x-shopify-webhook-id"]) {
      const delivery = shopifyDelivery({ body: order, headers: { [missing]: null } });
      expect(classifyShopifyDelivery(delivery, testStores)).toMatchObject({ kind: "refused", answer: { status: 400 } });
    }
  });

  it("keeps an unhandled topic as ignored, with the reason", () => {
    const classified = classifyShopifyDelivery(shopifyDelivery({ body: "{}", topic: "products/update" }), testStores);
    expect(classified).toMatchObject({ kind: "authentic", delivery: { topic: "products/update", ignoredReason: 'unhandled topic "products/update"' } });
  });

  it("keeps an authentic body that is not a JSON object as ignored: malformed payload", () => {
    for (const body of ["{\"id\": 1", "[1, 2]", "null", "42", ""]) {
      const classified = classifyShopifyDelivery(shopifyDelivery({ body }), testStores);
      expect(classified).toMatchObject({ kind: "authentic", delivery: { rawBody: body, ignoredReason: "malformed payload" } });
    }
  });

  it("stores invalid UTF-8 and NUL bytes as text Postgres accepts", () => {
    const bytes = new Uint8Array([0x7b, 0x00, 0xff, 0xfe, 0x7d]);
    const delivery = shopifyDelivery({ body: "placeholder" });
    delivery.headers.set("x-shopify-hmac-sha256", shopifyHmac(bytes, shopA.webhookSecret));
    const classified = classifyShopifyDelivery({ headers: delivery.headers, rawBody: bytes }, testStores);
    if (classified.kind !== "authentic") throw new Error("refused");
    expect(classified.delivery.ignoredReason).toBe("malformed payload");
    expect(classified.delivery.rawBody.includes("\u0000")).toBe(false);
  });
});
