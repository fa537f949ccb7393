import { describe, expect, it } from "vitest";
import type { ShopifyResult, WebhookSubscription } from "@/lib/connectors/shopify";
import { ensureWebhookSubscriptions, shopifyWebhookUri, type SubscriptionClient } from "@/lib/webhooks/ensure-webhook-subscriptions";
import { HANDLED_SHOPIFY_TOPICS } from "@/lib/webhooks/handled-shopify-topics";

const uri = "https://portal.example.com/api/webhooks/shopify";

/** A store's subscription list in memory, answering as the connector does. */
function fakeStore(existing: { topic: string; uri: string }[], failCreate: string | null = null) {
  const subscriptions: WebhookSubscription[] = existing.map((s, index) => ({ ...s, id: `gid://shopify/WebhookSubscription/${index}`, format: "JSON", createdAt: "" }));
  const createCalls: string[] = [];
  const client: SubscriptionClient = {
    listWebhookSubscriptions: async () => ({ ok: true, value: [...subscriptions] }),
    createWebhookSubscription: async (args): Promise<ShopifyResult<{ status: "created"; subscription: WebhookSubscription } | { status: "exists" }>> => {
      createCalls.push(args.topic);
      if (args.topic === failCreate) return { ok: false, error: { code: "NETWORK_ERROR", message: "connection reset" } };
      if (subscriptions.some((s) => s.topic === args.topic && s.uri === args.uri)) return { ok: true, value: { status: "exists" } };
      const subscription = { ...args, id: `gid://shopify/WebhookSubscription/${subscriptions.length}`, format: "JSON", createdAt: "" };
      subscriptions.push(subscription);
      return { ok: true, value: { status: "created", subscription } };
    },
  };
  return { client, subscriptions, createCalls };
}

describe("shopifyWebhookUri", () => {
  it("appends the route to the portal's public URL, keeping a path prefix", () => {
    expect(shopifyWebhookUri("https://portal.example.com")).toBe(uri);
    expect(shopifyWebhookUri("https://portal.example.com/")).toBe(uri);
    expect(shopifyWebhookUri("https://example.com/tillbridge/")).toBe("https://example.com/tillbridge/api/webhooks/shopify");
  });
});

describe("ensureWebhookSubscriptions", () => {
  it("creates every handled topic for a store with none", async () => {
    const store = fakeStore([]);
    expect(await ensureWebhookSubscriptions(store.client, { uri })).toEqual({ ok: true, value: { created: [...HANDLED_SHOPIFY_TOPICS], present: [] } });
    expect(store.subscriptions.map((s) => s.topic).sort()).toEqual([...HANDLED_SHOPIFY_TOPICS].sort());
  });

  it("creates only the missing ones, ignoring subscriptions to other addresses", async () => {
    const store = fakeStore([
      { topic: "orders/create", uri },
      { topic: "refunds/create", uri: "https://old.example.com/api/webhooks/shopify" },
    ]);
    const result = await ensureWebhookSubscriptions(store.client, { uri });
    expect(result).toEqual({ ok: true, value: { created: ["refunds/create", "inventory_levels/update", "app/uninstalled"], present: ["orders/create"] } });
    expect(store.createCalls).not.toContain("orders/create");
    expect(store.subscriptions).toHaveLength(5);
  });

  it("changes nothing when run again", async () => {
    const store = fakeStore([]);
    await ensureWebhookSubscriptions(store.client, { uri });
    const again = await ensureWebhookSubscriptions(store.client, { uri });
    expect(again).toMatchObject({ ok: true, value: { created: [] } });
    expect(store.subscriptions).toHaveLength(HANDLED_SHOPIFY_TOPICS.length);
  });

  it("reports the first failure", async () => {
    const store = fakeStore([], "refunds/create");
    expect(await ensureWebhookSubscriptions(store.client, { uri })).toEqual({ ok: false, error: { code: "NETWORK_ERROR", message: "connection reset" } });
  });
});
