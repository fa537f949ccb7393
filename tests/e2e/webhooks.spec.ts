import { createHmac } from "node:crypto";
import { expect, test } from "@playwright/test";

/**
 * The webhook routes of the running portal, over HTTP only (no browser). Whether the portal has Shopify stores and
 * Stripe secrets depends on how it was started (`npm start` in demo mode points it at the simulated Shopify and
 * Stripe, with their secrets; a bare demo has none), and this process cannot see the portal's environment. So each
 * test asserts what holds either way: a store nobody configured is 404; a forged delivery is 401 where there is a
 * secret to check it against and 404 where there is none — never acknowledged, never a 5xx.
 */
const order = JSON.stringify({ id: 820982911946154500, line_items: [{ sku: "SCARF-RED", quantity: 1 }] });

function shopifyHeaders(domain: string, secret: string, body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-shopify-topic": "orders/create",
    "x-shopify-shop-domain": domain,
    "x-shopify-hmac-sha256": createHmac("sha256", secret).update(body).digest("base64"),
    "x-shopify-webhook-id": "e2e-forged-0001",
    "x-shopify-api-version": "2026-04",
  };
}

test("a Shopify webhook for a store that is not configured is refused with 404", async ({ request }) => {
  const response = await request.post("/api/webhooks/shopify", {
    headers: shopifyHeaders("no-such-store-e2e.myshopify.com", "a-guessed-secret", order),
    data: order,
  });
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: "unknown store" });
});

const refusals: Record<number, string> = { 401: "invalid signature", 404: "unknown store" };

test("a forged Shopify webhook for the demo store is refused: 401 if it is configured, 404 if not", async ({ request }) => {
  const response = await request.post("/api/webhooks/shopify", {
    headers: shopifyHeaders("tillbridge-main.myshopify.com", "forged-secret", order),
    data: order,
  });
  expect([401, 404]).toContain(response.status());
  expect(await response.json()).toEqual({ error: refusals[response.status()] });
});

test("a forged Stripe webhook is refused: 401 with secrets configured, 404 without", async ({ request }) => {
  const body = JSON.stringify({ id: "evt_e2e_forged", object: "event", type: "payment_intent.succeeded", livemode: false });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac("sha256", "whsec_forged").update(`${timestamp}.${body}`).digest("hex");
  for (const header of [`t=${timestamp},v1=${signature}`, null]) {
    const response = await request.post("/api/webhooks/stripe", {
      headers: { "content-type": "application/json", ...(header === null ? {} : { "stripe-signature": header }) },
      data: body,
    });
    expect([401, 404]).toContain(response.status());
  }
});

test("an oversized webhook is refused with 413 before anything else", async ({ request }) => {
  const huge = `{"padding":"${"x".repeat(1024 * 1024)}"}`;
  for (const path of ["/api/webhooks/shopify", "/api/webhooks/stripe"]) {
    const response = await request.post(path, { headers: { "content-type": "application/json" }, data: huge });
    expect(response.status(), path).toBe(413);
  }
});

test("the webhook routes take POST only", async ({ request }) => {
  for (const path of ["/api/webhooks/shopify", "/api/webhooks/stripe"]) {
    expect((await request.get(path)).status(), path).toBe(405);
  }
});
