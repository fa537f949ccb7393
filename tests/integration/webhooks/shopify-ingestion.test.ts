import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { items, lightspeedShops, shopifyStores, shopifyVariants, shopifyWrites } from "@/lib/db/schema";
import { acceptShopifyWebhook, type ShopifyWebhookDeps } from "@/lib/webhooks/accept-shopify-webhook";
import { answerWebhookRequest } from "@/lib/webhooks/answer-webhook-request";
import { HANDLED_SHOPIFY_TOPICS } from "@/lib/webhooks/handled-shopify-topics";
import { WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/webhooks/read-capped-body";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { shopA, shopB, shopifyDelivery, shopifyExamplePayload, testStores } from "../../unit/webhooks/support/deliveries";
import { clearInbox, fakeEngine, inboxRows } from "./support";

const order = JSON.stringify({ id: 820982911946154500, line_items: [{ sku: "SCARF-RED", quantity: 1 }] });

describe.each(testDatabaseKinds())("Shopify webhook ingestion (%s)", (kind) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  const engine = fakeEngine();
  const deps = (): ShopifyWebhookDeps => ({ stores: testStores, send: engine.send, sendTimeoutMs: 200 });
  const accept = (delivery: WebhookDelivery) => acceptShopifyWebhook(db, delivery, deps());

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    db = handle.db;
  });
  afterAll(async () => handle.dispose());
  beforeEach(async () => {
    engine.reset();
    await clearInbox(db);
  });

  it("records a signed order once, hands it to the engine as shopify:<webhook id>, and answers 200", async () => {
    const delivery = shopifyDelivery({ body: order });
    const started = performance.now();
    expect(await accept(delivery)).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(performance.now() - started).toBeLessThan(1_000);

    const [row, ...others] = await inboxRows(db);
    expect(others).toHaveLength(0);
    expect(row).toMatchObject({
      provider: "shopify",
      providerEventId: delivery.webhookId,
      topic: "orders/create",
      shopDomain: shopA.domain,
      rawBody: order,
      status: "sent",
      statusReason: null,
      attempts: 1,
      lastError: null,
      finishedAt: null,
    });
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.headers).not.toHaveProperty("x-shopify-hmac-sha256");
    expect(row?.headers).toMatchObject({ "x-shopify-webhook-id": delivery.webhookId, "x-shopify-triggered-at": "2026-11-22T10:00:00.000Z" });
    expect(engine.received).toEqual([{ id: `shopify:${delivery.webhookId}`, data: { inboxId: row?.id, provider: "shopify", topic: "orders/create" } }]);
  });

  it("with afterAnswer, answers once the entry is recorded and hands it to the engine afterwards", async () => {
    const delivery = shopifyDelivery({ body: order });
    const deferred: (() => Promise<unknown>)[] = [];
    const answer = await acceptShopifyWebhook(db, delivery, { ...deps(), afterAnswer: (handOff) => deferred.push(handOff) });
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(await inboxRows(db)).toMatchObject([{ providerEventId: delivery.webhookId, status: "received", attempts: 0 }]);
    expect(engine.received).toHaveLength(0);

    expect(deferred).toHaveLength(1);
    await deferred[0]?.();
    expect(await inboxRows(db)).toMatchObject([{ status: "sent", attempts: 1, lastError: null }]);
    expect(engine.received.map((event) => event.id)).toEqual([`shopify:${delivery.webhookId}`]);
  });

  it("acknowledges a repeated delivery without a second row or a second hand-off, also when they race", async () => {
    const delivery = shopifyDelivery({ body: order });
    await accept(delivery);
    expect(await accept(delivery)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    const racing = await Promise.all([1, 2, 3, 4].map(() => accept(shopifyDelivery({ body: order, webhookId: "race-1" }))));
    expect(racing.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect(racing.filter((answer) => answer.body["outcome"] === "recorded")).toHaveLength(1);
    expect(await inboxRows(db)).toHaveLength(2);
    expect(engine.accepted.map((event) => event.id)).toEqual([`shopify:${delivery.webhookId}`, "shopify:race-1"]);
  });

  it("the same order for two stores is two deliveries", async () => {
    await accept(shopifyDelivery({ body: order, domain: shopA.domain }));
    await accept(shopifyDelivery({ body: order, domain: shopB.domain }));
    expect((await inboxRows(db)).map((row) => row.shopDomain)).toEqual([shopA.domain, shopB.domain]);
  });

  it("stores nothing for a forged, tampered or unsigned delivery: 401", async () => {
    const attempts: WebhookDelivery[] = [
      shopifyDelivery({ body: order, secret: "forged" }),
      { ...shopifyDelivery({ body: order }), rawBody: order.replace("SCARF-RED", "SCARF-BLUE") },
      shopifyDelivery({ body: order, domain: shopB.domain, secret: shopA.webhookSecret }),
      shopifyDelivery({ body: order, headers: { "x-shopify-hmac-sha256": null } }),
    ];
    for (const delivery of attempts) expect(await accept(delivery)).toEqual({ status: 401, body: { error: "invalid signature" } });
    expect(await inboxRows(db)).toEqual([]);
    expect(engine.received).toEqual([]);
  });

  it("stores nothing for a store that is not configured: 404", async () => {
    const answer = await accept(shopifyDelivery({ body: order, domain: "stranger.myshopify.com", secret: "whatever" }));
    expect(answer).toEqual({ status: 404, body: { error: "unknown store" } });
    expect(await inboxRows(db)).toEqual([]);
  });

  it("stores nothing for an oversized body: 413, on the declared length and on the bytes read", async () => {
    const huge = `{"padding":"${"x".repeat(WEBHOOK_BODY_LIMIT_BYTES)}"}`;
    const signed = shopifyDelivery({ body: huge });
    const declaredHeaders = new Headers(signed.headers);
    declaredHeaders.set("content-length", String(Buffer.byteLength(huge)));
    const declared = new Request("http://portal.test/api/webhooks/shopify", { method: "POST", headers: declaredHeaders, body: huge });
    // Node needs `duplex` for a stream body; the DOM typings do not know it, hence the separate object.
    const chunkedInit = {
      method: "POST",
      headers: signed.headers,
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(huge));
          controller.close();
        },
      }),
      duplex: "half",
    };
    const chunked = new Request("http://portal.test/api/webhooks/shopify", chunkedInit);
    for (const request of [declared, chunked]) {
      const response = await answerWebhookRequest(request, accept);
      expect(response.status).toBe(413);
    }
    expect(await inboxRows(db)).toEqual([]);
  });

  it("keeps an unhandled topic and a malformed body as ignored, with the reason, and does not hand them over", async () => {
    expect(await accept(shopifyDelivery({ body: "{}", topic: "products/update" }))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await accept(shopifyDelivery({ body: "{\"id\": 12", topic: "orders/create" }))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    const rows = await inboxRows(db);
    expect(rows.map((row) => [row.topic, row.status, row.statusReason, row.attempts])).toEqual([
      ["products/update", "ignored", 'unhandled topic "products/update"', 0],
      ["orders/create", "ignored", "malformed payload", 0],
    ]);
    expect(rows.every((row) => row.finishedAt instanceof Date)).toBe(true);
    expect(engine.received).toEqual([]);
  });

  it("still answers 200 when the engine is down, leaving the entry received with the error, and a redelivery hands it over", async () => {
    engine.setMode("down");
    const delivery = shopifyDelivery({ body: order });
    expect(await accept(delivery)).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    const [row] = await inboxRows(db);
    expect(row).toMatchObject({ status: "received", attempts: 0, sentAt: null });
    expect(row?.lastError).toMatch(/^send to the engine failed: connect ECONNREFUSED/);

    engine.setMode("up");
    expect(await accept(delivery)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await inboxRows(db)).toMatchObject([{ status: "sent", attempts: 1, lastError: null }]);
    expect(engine.received.map((event) => event.id)).toEqual([`shopify:${delivery.webhookId}`]);
  });

  it("does not wait for an engine that does not answer", async () => {
    engine.setMode("hanging");
    const started = performance.now();
    expect(await accept(shopifyDelivery({ body: order }))).toMatchObject({ status: 200 });
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await inboxRows(db)).toMatchObject([{ status: "received", lastError: "send to the engine failed: no answer within 200 ms" }]);
  });

  it.each(HANDLED_SHOPIFY_TOPICS)("records and hands over Shopify's own example payload for %s", async (topic) => {
    const body = shopifyExamplePayload(topic);
    const delivery = shopifyDelivery({ body, topic });
    expect(await accept(delivery)).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(await inboxRows(db)).toMatchObject([{ topic, rawBody: body, status: "sent" }]);
    expect(engine.received).toMatchObject([{ id: `shopify:${delivery.webhookId}`, data: { provider: "shopify", topic } }]);
  });
  it("settles the echo of the portal's own inventory write at once, without the engine; a real change goes to the engine", async () => {
    const [shop] = await db.insert(lightspeedShops).values({ lightspeedShopId: "echo-1", name: "Echo shop", timeZone: "UTC" }).returning();
    const [store] = await db
      .insert(shopifyStores)
      .values({ domain: shopA.domain, name: "Shop A", lightspeedShopId: shop?.id ?? 0, locationId: "gid://shopify/Location/55", defaultSafetyBuffer: 0 })
      .returning();
    const [item] = await db.insert(items).values({ sku: "ECHO-1", name: "Echo", category: "Test", priceCents: 100, costCents: 50 }).returning();
    const inventoryItemId = "gid://shopify/InventoryItem/77";
    await db.insert(shopifyVariants).values({ storeId: store?.id ?? 0, itemId: item?.id ?? 0, sku: "ECHO-1", productId: "p", variantId: "v", inventoryItemId, title: "Echo" });
    await db.insert(shopifyWrites).values({ storeId: store?.id ?? 0, inventoryItemId, locationId: "gid://shopify/Location/55", quantity: 7, idempotencyKey: "k" });
    const level = (available: number) =>
      shopifyDelivery({ topic: "inventory_levels/update", body: JSON.stringify({ inventory_item_id: 77, location_id: 55, available, updated_at: "2026-11-22T10:00:00Z" }) });

    expect(await accept(level(7))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(engine.received).toHaveLength(0);
    expect((await inboxRows(db))[0]).toMatchObject({ status: "ignored", statusReason: "echo of the portal's own write" });

    expect(await accept(level(5))).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(engine.received).toHaveLength(1);
    expect((await inboxRows(db))[1]).toMatchObject({ status: "sent" });
  });
});
