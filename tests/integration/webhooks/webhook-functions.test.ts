import { InngestTestEngine } from "@inngest/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInngestClient } from "@/inngest/create-inngest-client";
import { createCheckWebhookSubscriptionsFunction } from "@/inngest/functions/check-webhook-subscriptions";
import { createRegisterWebhookSubscriptionsFunction, type WebhookSubscriptionFunctionDeps } from "@/inngest/functions/register-webhook-subscriptions";
import { createSweepInboxFunction } from "@/inngest/functions/sweep-inbox";
import type { ShopifyResult, WebhookSubscription } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import type { SubscriptionClient } from "@/lib/webhooks/ensure-webhook-subscriptions";
import { HANDLED_SHOPIFY_TOPICS } from "@/lib/webhooks/handled-shopify-topics";
import { recordInboxEntry } from "@/lib/webhooks/record-inbox-entry";
import { silentWebhookLogger } from "@/lib/webhooks/webhook-logger";
import { createTestDatabase } from "../../support/test-database";
import { fakeEngine, inboxRows } from "./support";

/** What the functions log (the SDK's logger is `ctx.logger`), kept for the assertions instead of printed. */
const logged: string[] = [];
const quiet = () => {};
const client = createInngestClient(
  { signingKey: "signkey-test-0123456789abcdef", eventKey: "test-event-key" },
  { logger: { info: quiet, debug: quiet, error: quiet, warn: (...args: unknown[]) => logged.push(args.map(String).join(" ")) } },
);
const publicUrl = "https://portal.example.com";
const uri = `${publicUrl}/api/webhooks/shopify`;

/** A store's subscriptions in memory, answering as the connector does; `down` makes every call fail. */
function fakeStore(existing: string[] = []) {
  const subscriptions: WebhookSubscription[] = existing.map((topic, index) => ({ id: `gid://shopify/WebhookSubscription/${index}`, topic, uri, format: "JSON", createdAt: "" }));
  const state = { down: false };
  const unreachable = { ok: false as const, error: { code: "NETWORK_ERROR" as const, message: "connection reset" } };
  const store: SubscriptionClient = {
    listWebhookSubscriptions: async () => (state.down ? unreachable : { ok: true, value: [...subscriptions] }),
    createWebhookSubscription: async (args): Promise<ShopifyResult<{ status: "created"; subscription: WebhookSubscription } | { status: "exists" }>> => {
      if (state.down) return unreachable;
      const subscription = { ...args, id: `gid://shopify/WebhookSubscription/${subscriptions.length}`, format: "JSON", createdAt: "" };
      subscriptions.push(subscription);
      return { ok: true, value: { status: "created", subscription } };
    },
  };
  return { store, subscriptions, state };
}

describe("sweep-inbox (the Inngest function)", () => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    handle = await createTestDatabase("pglite");
    db = handle.db;
  });
  afterAll(async () => handle.dispose());

  it("runs the sweep in one step and reports what it re-sent", async () => {
    const engine = fakeEngine();
    const recorded = await recordInboxEntry(
      db,
      { provider: "stripe", providerEventId: "evt_swept", topic: "refund.created", shopDomain: null, headers: {}, rawBody: "{}", ignoredReason: null },
      new Date(Date.now() - 5 * 60_000),
    );
    const fn = createSweepInboxFunction(client, { db: () => db, send: engine.send, logger: silentWebhookLogger });
    const { result, error } = await new InngestTestEngine({ function: fn }).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({ resent: 1, sendFailed: 0, gaveUp: 0 });
    expect(engine.received).toEqual([{ id: "stripe:evt_swept", data: { inboxId: recorded.entry.id, provider: "stripe", topic: "refund.created" } }]);
    expect(await inboxRows(db)).toMatchObject([{ status: "sent", attempts: 1 }]);
    await db.delete(webhookInbox).where(eq(webhookInbox.id, recorded.entry.id));
  });
});

describe("register-webhook-subscriptions and check-webhook-subscriptions", () => {
  const connectedEvent = { name: "tillbridge/shopify.store-connected", data: { domain: "shop-a.myshopify.com" } };
  const startUpEvent = { name: "tillbridge/webhook-subscriptions.requested", data: { reason: "start-up" } };

  it("subscribes a newly connected store to every handled topic at <public URL>/api/webhooks/shopify", async () => {
    const a = fakeStore();
    const b = fakeStore();
    const deps: WebhookSubscriptionFunctionDeps = { publicUrl, stores: () => new Map([["shop-a.myshopify.com", a.store], ["shop-b.myshopify.com", b.store]]) };
    const fn = createRegisterWebhookSubscriptionsFunction(client, deps);
    const { result, error } = await new InngestTestEngine({ function: fn, events: [connectedEvent] }).execute();
    expect(error).toBeUndefined();
    expect(result).toEqual({
      uri,
      stores: [{ domain: "shop-a.myshopify.com", status: "ensured", created: [...HANDLED_SHOPIFY_TOPICS], present: [] }],
    });
    expect(a.subscriptions.map((s) => [s.topic, s.uri])).toEqual(HANDLED_SHOPIFY_TOPICS.map((topic) => [topic, uri]));
    expect(b.subscriptions).toEqual([]);
  });

  it("at start-up, ensures every configured store, creating only what is missing", async () => {
    const a = fakeStore(["orders/create", "refunds/create"]);
    const b = fakeStore([...HANDLED_SHOPIFY_TOPICS]);
    const fn = createRegisterWebhookSubscriptionsFunction(client, {
      publicUrl,
      stores: () => new Map([["shop-a.myshopify.com", a.store], ["shop-b.myshopify.com", b.store]]),
    });
    const { result } = await new InngestTestEngine({ function: fn, events: [startUpEvent] }).execute();
    expect(result).toEqual({
      uri,
      stores: [
        { domain: "shop-a.myshopify.com", status: "ensured", created: ["inventory_levels/update", "app/uninstalled"], present: ["orders/create", "refunds/create"] },
        { domain: "shop-b.myshopify.com", status: "ensured", created: [], present: [...HANDLED_SHOPIFY_TOPICS] },
      ],
    });
  });

  it("says a connected store is not configured instead of guessing its credentials", async () => {
    const fn = createRegisterWebhookSubscriptionsFunction(client, { publicUrl, stores: () => new Map() });
    const { result } = await new InngestTestEngine({ function: fn, events: [connectedEvent] }).execute();
    expect(result).toEqual({ uri, stores: [{ domain: "shop-a.myshopify.com", status: "not-configured" }] });
  });

  it("fails the step when Shopify cannot be asked, so the engine retries it", async () => {
    const a = fakeStore();
    a.state.down = true;
    const fn = createRegisterWebhookSubscriptionsFunction(client, { publicUrl, stores: () => new Map([["shop-a.myshopify.com", a.store]]) });
    const { error } = await new InngestTestEngine({ function: fn, events: [connectedEvent] }).execute();
    expect(JSON.stringify(error)).toMatch(/NETWORK_ERROR: connection reset/);
  });

  it("changes nothing without a public URL", async () => {
    const a = fakeStore();
    const deps: WebhookSubscriptionFunctionDeps = { publicUrl: null, stores: () => new Map([["shop-a.myshopify.com", a.store]]) };
    const register = await new InngestTestEngine({ function: createRegisterWebhookSubscriptionsFunction(client, deps), events: [startUpEvent] }).execute();
    const check = await new InngestTestEngine({ function: createCheckWebhookSubscriptionsFunction(client, deps) }).execute();
    for (const run of [register, check]) expect(run.result).toEqual({ skipped: "no public URL configured" });
    expect(a.subscriptions).toEqual([]);
    expect(logged.filter((line) => line.includes("no public URL is configured"))).toHaveLength(2);
  });

  it("the 30-minute check re-creates a subscription Shopify removed", async () => {
    const a = fakeStore(["orders/create", "refunds/create", "app/uninstalled"]);
    const fn = createCheckWebhookSubscriptionsFunction(client, { publicUrl, stores: () => new Map([["shop-a.myshopify.com", a.store]]) });
    const { result } = await new InngestTestEngine({ function: fn }).execute();
    expect(result).toMatchObject({ stores: [{ domain: "shop-a.myshopify.com", created: ["inventory_levels/update"] }] });
    expect(a.subscriptions.map((s) => s.topic).sort()).toEqual([...HANDLED_SHOPIFY_TOPICS].sort());
    expect(logged).toContain("webhook subscriptions: shop-a.myshopify.com had lost inventory_levels/update; re-created");
  });
});
