import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, levelOf, startReceiver, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: idempotent writes and safe retries", () => {
  let sandbox: ShopifySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const store = storeSeed("idem-shop.myshopify.com", 3);

  beforeEach(async () => {
    receiver = await startReceiver();
    sandbox = await startSandbox({ stores: [store], defaultWebhookTarget: receiver.url });
  });
  afterEach(async () => {
    await sandbox.close();
    await receiver.close();
  });

  const write = () => {
    const state = sandbox.control.inspectStore(store.domain);
    const variant = state.variants.find((v) => v.sku === "SKU-0002");
    return { inventoryItemId: variant?.inventoryItemId ?? "", locationId: state.locations[0]?.id ?? "", quantity: 40, changeFromQuantity: 1 };
  };
  const inventoryWebhooks = () => sandbox.control.webhooksSent().filter((w) => w.topic === "inventory_levels/update");

  it("applies a write once when the same key is sent twice: the second call replays the first result", async () => {
    const client = clientFor(sandbox, store);
    const first = await client.setInventoryQuantities({ quantities: [write()], idempotencyKey: "job-7" });
    const again = await client.setInventoryQuantities({ quantities: [write()], idempotencyKey: "job-7" });
    expect(first.applied).toHaveLength(1);
    // A replay answers as the first call did: applied, not stale, although the level is now 40.
    expect(again.applied).toHaveLength(1);
    expect(levelOf(sandbox, store.domain, "SKU-0002").available).toBe(40);
    const state = sandbox.control.inspectStore(store.domain);
    expect(state.stats.idempotentReplays).toBe(1);
    expect(state.writes.map((w) => w.replayed)).toEqual([false, true]);
    await sandbox.control.settleWebhooks();
    expect(inventoryWebhooks()).toHaveLength(1);
  });

  it("retries a write whose answer was lost with the same key, and Shopify applies it once", async () => {
    sandbox.control.setApiFaults({ rules: [{ kind: "lost-response", next: 1, match: "SetInventoryQuantities" }] });
    const client = clientFor(sandbox, store);
    const outcome = await client.setInventoryQuantities({ quantities: [write()], idempotencyKey: "job-8" });
    expect(outcome.applied).toHaveLength(1);
    const state = sandbox.control.inspectStore(store.domain);
    expect(state.writes.map((w) => [w.applied, w.replayed])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(new Set(state.writes.map((w) => w.idempotencyKey)).size).toBe(1);
    expect(levelOf(sandbox, store.domain, "SKU-0002").available).toBe(40);
  });

  it("retries 5xx and timeouts for idempotent writes, with backoff", async () => {
    sandbox.control.setApiFaults({
      rules: [
        { kind: "server-error", next: 1, status: 502, match: "SetInventoryQuantities" },
        { kind: "timeout", next: 1, hangMs: 5_000, match: "SetInventoryQuantities" },
      ],
    });
    const client = clientFor(sandbox, store, { timeoutMs: 300 });
    const outcome = await client.setInventoryQuantities({ quantities: [write()], idempotencyKey: "job-9" });
    expect(outcome.applied).toHaveLength(1);
    expect(sandbox.control.inspectStore(store.domain).writes).toHaveLength(1);
  });

  it("refuses the same key with other quantities (IDEMPOTENCY_KEY_PARAMETER_MISMATCH) as a typed rejection", async () => {
    const client = clientFor(sandbox, store);
    await client.setInventoryQuantities({ quantities: [write()], idempotencyKey: "job-10" });
    const reused = await client.setInventoryQuantities({ quantities: [{ ...write(), quantity: 41, changeFromQuantity: 40 }], idempotencyKey: "job-10" });
    expect(reused.rejected).toEqual([expect.objectContaining({ code: "IDEMPOTENCY_KEY_PARAMETER_MISMATCH" })]);
    expect(levelOf(sandbox, store.domain, "SKU-0002").available).toBe(40);
  });

  it("does not repeat a mutation without a key after a lost answer, but does after THROTTLED (it never ran)", async () => {
    const client = clientFor(sandbox, store);
    sandbox.control.setApiFaults({ rules: [{ kind: "server-error", next: 1, match: "WebhookSubscriptionCreate" }] });
    const failed = await client.createWebhookSubscription({ topic: "orders/create", uri: receiver.url });
    expect(failed.ok ? "ok" : failed.error.code).toBe("HTTP_ERROR");
    expect(sandbox.control.inspectStore(store.domain).webhookSubscriptions).toHaveLength(0);

    sandbox.control.setSettings({ throttle: { restoreRate: 5 } });
    sandbox.control.fillBucket(store.domain, 0);
    const created = await clientFor(sandbox, store).createWebhookSubscription({ topic: "orders/create", uri: receiver.url });
    expect(created).toMatchObject({ ok: true, value: { status: "created" } });
    expect(sandbox.control.inspectStore(store.domain).stats.throttled).toBe(1);
  });
});
