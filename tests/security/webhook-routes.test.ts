import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as shopifyPost } from "@/app/api/webhooks/shopify/route";
import { POST as stripePost } from "@/app/api/webhooks/stripe/route";
import { closeDatabase, getDb } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/webhooks/read-capped-body";
import { stripeEvent } from "../unit/webhooks/support/deliveries";
import { sweepStores } from "./support/security-environment";
import { tableCounts } from "./support/table-counts";
import { shopifyRequest, stripeRequest, webhookRequest } from "./support/webhook-requests";

// Outside a Next request there is no `after()`: the hand-off to the engine runs at once, as it would after the answer.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (task: () => unknown) => void task() }));

const sweep = await vi.hoisted(async () => (await import("./support/security-environment")).prepareSecurityEnvironment());

const order = JSON.stringify({ id: 820982911946154500, line_items: [{ sku: "SWEEP-1", quantity: 1 }] });
const nowSeconds = () => Math.floor(Date.now() / 1000);
const inbox = () => getDb().select().from(webhookInbox);

/** Every answer the routes give must be a JSON object (never an HTML error page) with a status under 500. */
async function answerOf(response: Response): Promise<{ status: number; body: unknown }> {
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return { status: response.status, body: await response.json() };
}

describe("webhook routes under attack", () => {
  const { eventApi } = sweep;
  // The first hand-off to the engine loads the SDK's sending path; on a busy machine that can outlast the 2 s the
  // route waits, and the entry would then (rightly) be sent again on the replay. Warm it up first.
  beforeAll(async () => {
    await shopifyPost(shopifyRequest({ body: order }).request);
    await stripePost(stripeRequest({ body: stripeEvent("payment_intent.succeeded") }));
  });
  afterAll(async () => {
    await closeDatabase();
    await sweep.close();
  });
  beforeEach(async () => {
    await getDb().delete(webhookInbox);
    eventApi.events.length = 0;
  });

  describe("Shopify", () => {
    it("refuses forged, tampered, cross-store and unsigned deliveries with 401, storing and sending nothing", async () => {
      const [storeA, storeB] = sweepStores;
      const tampered = shopifyRequest({ body: order });
      const attempts = [
        shopifyRequest({ body: order, secret: "forged-secret" }).request,
        webhookRequest("shopify", tampered.request.headers, order.replace("SWEEP-1", "SWEEP-2")),
        shopifyRequest({ body: order, domain: storeB.domain, secret: storeA.webhookSecret }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-hmac-sha256": null } }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-hmac-sha256": "" } }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-hmac-sha256": "not base64 at all!" } }).request,
      ];
      for (const request of attempts) expect(await answerOf(await shopifyPost(request))).toEqual({ status: 401, body: { error: "invalid signature" } });
      expect(await inbox()).toEqual([]);
      expect(eventApi.events).toEqual([]);
    });

    it("refuses a delivery missing its topic, webhook id or shop domain with 4xx, storing nothing", async () => {
      const attempts = [
        shopifyRequest({ body: order, headers: { "x-shopify-topic": null } }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-webhook-id": null } }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-webhook-id": "x".repeat(10_000) } }).request,
        shopifyRequest({ body: order, headers: { "x-shopify-shop-domain": null } }).request,
      ];
      for (const request of attempts) {
        const { status } = await answerOf(await shopifyPost(request));
        expect(status).toBeGreaterThanOrEqual(400);
      }
      expect(await inbox()).toEqual([]);
    });

    it("answers 404 for a store that is not configured, storing nothing", async () => {
      const { request } = shopifyRequest({ body: order, domain: "stranger.myshopify.com", secret: "stranger" });
      expect(await answerOf(await shopifyPost(request))).toEqual({ status: 404, body: { error: "unknown store" } });
      expect(await inbox()).toEqual([]);
    });

    it("stores a replayed delivery once and acknowledges the replay without sending it again", async () => {
      const first = shopifyRequest({ body: order });
      const replay = shopifyRequest({ body: order, webhookId: first.webhookId });
      expect(await answerOf(await shopifyPost(first.request))).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
      expect(await answerOf(await shopifyPost(replay.request))).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
      expect(await inbox()).toHaveLength(1);
      // the hand-off follows the answer (after()), so it is waited for; a second one would have come with it
      const sent = () => eventApi.events.filter((event) => event.id === `shopify:${first.webhookId}`);
      await vi.waitFor(() => expect(sent()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sent()).toHaveLength(1);
    });

    it("refuses an oversized body with 413 whether or not its length is declared, storing nothing", async () => {
      const huge = `{"padding":"${"x".repeat(WEBHOOK_BODY_LIMIT_BYTES)}"}`;
      const declared = shopifyRequest({ body: huge, headers: { "content-length": String(huge.length) } });
      const chunked = shopifyRequest({ body: huge });
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      });
      // Node needs `duplex` for a stream body; the DOM typings do not know it, hence the separate object.
      const streamedInit = { method: "POST", headers: chunked.request.headers, body: stream, duplex: "half" };
      const streamed = new Request(chunked.request.url, streamedInit);
      for (const request of [declared.request, streamed]) expect((await answerOf(await shopifyPost(request))).status).toBe(413);
      expect(await inbox()).toEqual([]);
    });

    it("keeps a signed body that is not an order (bad JSON, wrong shape, binary) as ignored or for the engine — never a 500, nothing else written", async () => {
      const before = await tableCounts(getDb());
      const bodies = ["{\"id\": 12", "[]", "\"just a string\"", "null", "", "{\"id\":\"'; drop table orders; --\",\"line_items\":\"<script>\"}", "\u0000\uFFFF\uD800"];
      for (const body of bodies) expect((await answerOf(await shopifyPost(shopifyRequest({ body }).request))).status).toBe(200);
      const rows = await inbox();
      expect(rows).toHaveLength(bodies.length);
      expect(rows.filter((row) => row.status === "ignored").map((row) => row.statusReason)).toEqual(Array(bodies.length - 1).fill("malformed payload"));
      const after = await tableCounts(getDb());
      expect({ ...after, webhook_inbox: 0 }).toEqual({ ...before, webhook_inbox: 0 });
    });
  });

  describe("Stripe", () => {
    it("refuses forged, stale, future, tampered, unsigned and garbled signatures with 401, storing and sending nothing", async () => {
      const body = stripeEvent("payment_intent.succeeded");
      const signed = stripeRequest({ body });
      const attempts = [
        stripeRequest({ body, secret: "whsec_forged" }),
        stripeRequest({ body, timestamp: nowSeconds() - 301 }),
        stripeRequest({ body, timestamp: nowSeconds() + 301 }),
        webhookRequest("stripe", signed.headers, body.replace("\"livemode\":false", "\"livemode\":true")),
        stripeRequest({ body, header: null }),
        stripeRequest({ body, header: "" }),
        stripeRequest({ body, header: "t=abc,v1=zz" }),
        stripeRequest({ body, header: `t=${nowSeconds()},v0=${"0".repeat(64)}` }),
      ];
      for (const request of attempts) expect(await answerOf(await stripePost(request))).toEqual({ status: 401, body: { error: "invalid signature" } });
      expect(await inbox()).toEqual([]);
      expect(eventApi.events).toEqual([]);
    });

    it("stores a replayed event once and acknowledges the replay without sending it again", async () => {
      const body = stripeEvent("payment_intent.succeeded", { id: "evt_sweep_replay" });
      expect(await answerOf(await stripePost(stripeRequest({ body, timestamp: nowSeconds() - 60 })))).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
      expect(await answerOf(await stripePost(stripeRequest({ body })))).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
      expect(await inbox()).toHaveLength(1);
      const sent = () => eventApi.events.filter((event) => event.id === "stripe:evt_sweep_replay");
      await vi.waitFor(() => expect(sent()).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(sent()).toHaveLength(1);
    });

    it("refuses an oversized body with 413, storing nothing", async () => {
      const huge = `{"padding":"${"x".repeat(WEBHOOK_BODY_LIMIT_BYTES)}"}`;
      expect((await answerOf(await stripePost(stripeRequest({ body: huge })))).status).toBe(413);
      expect(await inbox()).toEqual([]);
    });

    it("keeps a signed body that is not an event as ignored — never a 500, nothing else written", async () => {
      const before = await tableCounts(getDb());
      const bodies = ["{\"broken\":", "[]", "{\"id\":42,\"type\":[\"x\"]}", "{\"id\":\"evt_x\",\"object\":\"event\"}", "", "\u0000"];
      for (const body of bodies) expect((await answerOf(await stripePost(stripeRequest({ body })))).status).toBe(200);
      const rows = await inbox();
      expect(rows.map((row) => row.status)).toEqual(Array(rows.length).fill("ignored"));
      expect(rows.length).toBeGreaterThan(0);
      const after = await tableCounts(getDb());
      expect({ ...after, webhook_inbox: 0 }).toEqual({ ...before, webhook_inbox: 0 });
      expect(eventApi.events).toEqual([]);
    });
  });
});
