import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { shopifyApiVersion, verifyShopifyWebhook } from "@/lib/connectors/shopify";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { appSecret, clientFor, startReceiver, startSandbox, storeSeed, type ReceivedWebhook } from "./shopify-fixture";
import { webhookPayloadValidator } from "./webhook-schema";

describe("Shopify sandbox webhooks: registration, signatures, real payload shapes", () => {
  let sandbox: ShopifySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const store = storeSeed("hooks-shop.myshopify.com", 0, {
    products: [
      { title: "Scarf", variants: [{ title: "Red", sku: "SCARF-RED", price: "30.00", available: 10 }, { title: "Blue", sku: "SCARF-BLUE", price: "30.00", available: 4 }] },
    ],
  });
  const other = storeSeed("other-shop.myshopify.com", 1, { webhookSecret: "shpss_other_store_secret" });
  const byTopic = (topic: string): ReceivedWebhook[] => receiver.received.filter((w) => w.headers["x-shopify-topic"] === topic);

  beforeAll(async () => {
    receiver = await startReceiver();
    sandbox = await startSandbox({ stores: [store, other] });
    const client = clientFor(sandbox, store);

    for (const topic of ["orders/create", "refunds/create", "inventory_levels/update"]) {
      const created = await client.createWebhookSubscription({ topic, uri: receiver.url });
      expect(created).toMatchObject({ ok: true, value: { status: "created" } });
    }
    const again = await client.createWebhookSubscription({ topic: "orders/create", uri: receiver.url });
    expect(again).toEqual({ ok: true, value: { status: "exists" } });
    const listed = await client.listWebhookSubscriptions();
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.map((s) => s.topic).sort()).toEqual(["inventory_levels/update", "orders/create", "refunds/create"]);
    const otherClient = clientFor(sandbox, other);
    await otherClient.createWebhookSubscription({ topic: "inventory_levels/update", uri: receiver.url });

    // Merchant and customer activity, and the portal's own write.
    const order = sandbox.control.createOrder(store.domain, {
      lines: [
        { sku: "SCARF-RED", quantity: 2 },
        { sku: "SCARF-BLUE", quantity: 1 },
      ],
      email: " Ana.Lima@Example.com ",
      phone: "+15555550123",
      customer: { firstName: "Ana", lastName: "Lima" },
    });
    const [red, blue] = order.lines;
    sandbox.control.createRefund(store.domain, {
      orderId: order.id,
      lines: [
        { lineItemId: red?.lineItemId, quantity: 1, restockType: "return" },
        { lineItemId: blue?.lineItemId, quantity: 1, restockType: "no_restock" },
      ],
      note: "wrong colour",
    });
    sandbox.control.editLevel(store.domain, { sku: "SCARF-BLUE", available: 12 });
    const state = sandbox.control.inspectStore(store.domain);
    const redItem = state.variants.find((v) => v.sku === "SCARF-RED")?.inventoryItemId ?? "";
    const written = await client.setInventoryQuantities({
      idempotencyKey: "echo-1",
      quantities: [{ inventoryItemId: redItem, locationId: state.locations[0]?.id ?? "", quantity: 5, changeFromQuantity: 9 }],
    });
    expect(written.applied).toHaveLength(1);
    sandbox.control.editLevel(other.domain, { sku: "SKU-0001", delta: 3 });

    await new Promise((resolve) => setTimeout(resolve, 20));
    await sandbox.control.settleWebhooks();
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it("delivers every event to its subscriptions, once each without faults", () => {
    expect(receiver.received).toHaveLength(sandbox.control.webhooksSent().length);
    expect(byTopic("orders/create")).toHaveLength(1);
    expect(byTopic("refunds/create")).toHaveLength(1);
    // Order: red and blue; refund: red restocked; admin edit: blue; portal write: red (its own echo); other store.
    expect(byTopic("inventory_levels/update")).toHaveLength(6);
  });

  it("signs every webhook like Shopify: verifyShopifyWebhook accepts it, with rotation, and rejects tampering", () => {
    for (const webhook of receiver.received) {
      const header = webhook.headers["x-shopify-hmac-sha256"];
      const hmac = typeof header === "string" ? header : undefined;
      const secret = webhook.headers["x-shopify-shop-domain"] === other.domain ? "shpss_other_store_secret" : appSecret;
      expect(verifyShopifyWebhook(webhook.body, hmac, [secret])).toBe(true);
      expect(verifyShopifyWebhook(Buffer.from(webhook.body), hmac, ["shpss_retired_secret", secret])).toBe(true);
      expect(verifyShopifyWebhook(webhook.body, hmac, ["shpss_retired_secret"])).toBe(false);
      expect(verifyShopifyWebhook(`${webhook.body} `, hmac, [secret])).toBe(false);
      expect(verifyShopifyWebhook(webhook.body.replace(/\d/, (d) => String((Number(d) + 1) % 10)), hmac, [secret])).toBe(false);
      expect(verifyShopifyWebhook(webhook.body, undefined, [secret])).toBe(false);
      expect(verifyShopifyWebhook(webhook.body, "not-base64!", [secret])).toBe(false);
    }
  });

  it("sends Shopify's headers", () => {
    const eventIds = new Set<string>();
    for (const webhook of receiver.received) {
      expect(webhook.headers).toMatchObject({
        "x-shopify-topic": expect.stringMatching(/^[a-z_]+\/[a-z_]+$/),
        "x-shopify-shop-domain": expect.stringMatching(/\.myshopify\.com$/),
        "x-shopify-api-version": shopifyApiVersion,
        "x-shopify-webhook-id": expect.stringMatching(/^[0-9a-f-]{36}$/),
        "x-shopify-event-id": expect.stringMatching(/^[0-9a-f-]{36}$/),
        "x-shopify-triggered-at": expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      });
      eventIds.add(String(webhook.headers["x-shopify-event-id"]));
    }
    expect(eventIds.size).toBe(receiver.received.length);
  });

  it("emits payloads that validate against Shopify's JSON Schemas for the pinned version", () => {
    for (const topic of ["orders/create", "refunds/create", "inventory_levels/update"]) {
      const validate = webhookPayloadValidator(shopifyApiVersion, topic);
      for (const webhook of byTopic(topic)) {
        const result = validate.safeParse(JSON.parse(webhook.body));
        expect(result.error?.issues ?? [], topic).toEqual([]);
      }
    }
  });

  it("carries what the portal needs: lines by variant and SKU, restock types, and the echo of its own write", () => {
    const state = sandbox.control.inspectStore(store.domain);
    const [orderWebhook] = byTopic("orders/create");
    const order: unknown = JSON.parse(orderWebhook?.body ?? "{}");
    expect(order).toMatchObject({
      email: "ana.lima@example.com",
      phone: "+15555550123",
      location_id: null,
      financial_status: "paid",
      customer: { email: "ana.lima@example.com", first_name: "Ana", last_name: "Lima" },
      line_items: [
        { sku: "SCARF-RED", quantity: 2, variant_inventory_management: "shopify" },
        { sku: "SCARF-BLUE", quantity: 1 },
      ],
    });
    const [refundWebhook] = byTopic("refunds/create");
    expect(JSON.parse(refundWebhook?.body ?? "{}")).toMatchObject({
      note: "wrong colour",
      restock: true,
      refund_line_items: [
        { quantity: 1, restock_type: "return", location_id: expect.any(Number), line_item: { sku: "SCARF-RED" } },
        { quantity: 1, restock_type: "no_restock", location_id: null, line_item: { sku: "SCARF-BLUE" } },
      ],
    });
    const redItem = Number(state.variants.find((v) => v.sku === "SCARF-RED")?.inventoryItemId.split("/").at(-1));
    const redUpdates = byTopic("inventory_levels/update")
      .map((w) => z.object({ inventory_item_id: z.number(), available: z.number() }).parse(JSON.parse(w.body)))
      .filter((payload) => payload.inventory_item_id === redItem)
      .map((payload) => payload.available);
    // 10 − 2 (order) = 8, + 1 (returned) = 9 in the same instant: like Shopify's, both payloads are built
    // after the fact and carry the latest figure. Then the portal's own write to 5 comes back as an echo.
    expect(redUpdates).toEqual([9, 9, 5]);
    expect(state.levels.find((level) => level.sku === "SCARF-RED")).toMatchObject({ available: 5, committed: 1 });
  });
});
