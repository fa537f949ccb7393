import { createServer, type IncomingMessage, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shopifyApiVersion } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db";
import { acceptShopifyWebhook } from "@/lib/webhooks/accept-shopify-webhook";
import { answerWebhookRequest } from "@/lib/webhooks/answer-webhook-request";
import { ensureWebhookSubscriptions } from "@/lib/webhooks/ensure-webhook-subscriptions";
import { HANDLED_SHOPIFY_TOPICS } from "@/lib/webhooks/handled-shopify-topics";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { appSecret, clientFor, startSandbox, storeSeed } from "../../contract/shopify/shopify-fixture";
import { createTestDatabase } from "../../support/test-database";
import { fakeEngine, inboxRows } from "./support";

/** The route, mounted on a plain Node server: IncomingMessage → Request → answerWebhookRequest(acceptShopifyWebhook). */
function toRequest(message: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return new Request(`http://127.0.0.1${message.url ?? "/"}`, { method: message.method ?? "POST", headers, body: new Uint8Array(body) });
}

describe("the Shopify sandbox delivers to the ingestion path (subscriptions, signatures, real payloads, duplicates)", () => {
  const store = storeSeed("ingest-shop.myshopify.com", 0, {
    products: [{ title: "Scarf", variants: [{ title: "Red", sku: "SCARF-RED", price: "30.00", available: 10 }] }],
  });
  const engine = fakeEngine();
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let sandbox: ShopifySandbox;
  let server: Server;
  let uri = "";
  let deliveries = 0;

  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    db = handle.db;
    server = createServer((message, response) => {
      const chunks: Buffer[] = [];
      message.on("data", (chunk: Buffer) => chunks.push(chunk));
      message.on("end", () => {
        deliveries += 1;
        const request = toRequest(message, Buffer.concat(chunks));
        void answerWebhookRequest(request, (delivery) =>
          acceptShopifyWebhook(db, delivery, { stores: [{ domain: store.domain, webhookSecret: appSecret }], send: engine.send }),
        ).then(async (answer) => response.writeHead(answer.status, { "content-type": "application/json" }).end(await answer.text()));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    uri = `http://127.0.0.1:${address.port}/api/webhooks/shopify`;
    sandbox = await startSandbox({
      stores: [store],
      deliveryFaults: { duplicateProbability: 0.5 },
      deliveryRetry: { initialDelayMs: 5, maxDelayMs: 20 },
    });
  });
  afterAll(async () => {
    await sandbox.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await handle.dispose();
  });

  it("records each delivery once, whatever the duplicates, and hands each it cannot settle at once to the engine once", async () => {
    const subscribed = await ensureWebhookSubscriptions(clientFor(sandbox, store), { uri });
    expect(subscribed).toEqual({ ok: true, value: { created: [...HANDLED_SHOPIFY_TOPICS], present: [] } });

    const order = sandbox.control.createOrder(store.domain, { lines: [{ sku: "SCARF-RED", quantity: 2 }], email: "ana@example.com" });
    sandbox.control.createRefund(store.domain, { orderId: order.id, lines: [{ lineItemId: order.lines[0]?.lineItemId, quantity: 1, restockType: "return" }] });
    sandbox.control.editLevel(store.domain, { sku: "SCARF-RED", available: 20 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await sandbox.control.settleWebhooks();

    const sent = sandbox.control.webhooksSent();
    expect(sent.every((webhook) => webhook.outcome === "delivered")).toBe(true);
    const rows = await inboxRows(db);
    expect(rows).toHaveLength(sent.length);
    expect(deliveries).toBeGreaterThan(rows.length);
    expect(new Set(rows.map((row) => row.topic))).toEqual(new Set(["orders/create", "refunds/create", "inventory_levels/update"]));
    // This database maps no store, so a level update has nothing to act on: it is settled at once, not handed over.
    const [levelUpdates, handedOver] = [rows.filter((row) => row.topic === "inventory_levels/update"), rows.filter((row) => row.topic !== "inventory_levels/update")];
    expect(levelUpdates.every((row) => row.status === "ignored" && row.statusReason === `unknown store ${store.domain}`)).toBe(true);
    expect(handedOver.every((row) => row.status === "sent" && row.attempts === 1 && row.shopDomain === store.domain)).toBe(true);
    expect(engine.received.map((event) => event.id).sort()).toEqual(handedOver.map((row) => `shopify:${row.providerEventId}`).sort());
    // Each row holds exactly the body Shopify signed, under its webhook id, with the headers that matter.
    for (const webhook of sent) {
      const row = rows.find((candidate) => candidate.providerEventId === webhook.webhookId);
      expect(row?.rawBody).toBe(webhook.body);
      expect(row?.headers).toEqual({
        "x-shopify-topic": webhook.topic,
        "x-shopify-shop-domain": store.domain,
        "x-shopify-webhook-id": webhook.webhookId,
        "x-shopify-event-id": webhook.eventId,
        "x-shopify-triggered-at": webhook.at,
        "x-shopify-api-version": shopifyApiVersion,
      });
    }
  });
});
