import { afterEach, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: cost budget and throttling", () => {
  let sandbox: ShopifySandbox;
  afterEach(() => sandbox.close());

  it("writes 2,000 quantities in calls of at most 250 while reading, waiting for points instead of being throttled", async () => {
    const store = storeSeed("mass-shop.myshopify.com", 2000);
    // A small bucket (60 points, 20/s × time scale 20) so the budget has to hold calls back.
    sandbox = await startSandbox({ stores: [store], throttle: { maximumAvailable: 60, restoreRate: 20 } });
    const client = clientFor(sandbox, store);
    const state = sandbox.control.inspectStore(store.domain);
    const locationId = state.locations[0]?.id ?? "";
    const quantities = state.variants.map((variant, index) => ({
      inventoryItemId: variant.inventoryItemId,
      locationId,
      quantity: 100 + index,
      changeFromQuantity: index % 7,
    }));

    const reads = (async () => {
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const result = await client.readVariantLevelsPage({ locationId, first: 10, after });
        if (!result.ok) throw new Error(result.error.message);
        after = result.value.nextCursor;
      }
    })();
    const [firstHalf, secondHalf] = await Promise.all([
      client.setInventoryQuantities({ quantities: quantities.slice(0, 1000), idempotencyKey: "mass-a" }),
      client.setInventoryQuantities({ quantities: quantities.slice(1000), idempotencyKey: "mass-b" }),
      reads,
    ]);

    expect(firstHalf.applied.length + secondHalf.applied.length).toBe(2000);
    expect([...firstHalf.failed, ...secondHalf.failed, ...firstHalf.stale, ...secondHalf.stale]).toEqual([]);
    const after = sandbox.control.inspectStore(store.domain);
    expect(after.stats.throttled).toBe(0);
    expect(after.writes).toHaveLength(8);
    expect(Math.max(...after.writes.map((w) => w.quantities.length))).toBeLessThanOrEqual(250);
    expect(after.levels.find((level) => level.sku === "SKU-2000")?.available).toBe(2099);
    expect(client.budget().waitedMs).toBeGreaterThan(0);
  });

  it("returns THROTTLED as a typed failure when out of attempts, and otherwise waits for the points and succeeds", async () => {
    const store = storeSeed("busy-shop.myshopify.com", 20);
    sandbox = await startSandbox({ stores: [store], throttle: { maximumAvailable: 1000, restoreRate: 10 } });
    const locationId = sandbox.control.inspectStore(store.domain).locations[0]?.id ?? "";

    sandbox.control.fillBucket(store.domain, 0);
    const impatient = clientFor(sandbox, store, { retry: { maxAttempts: 1 } });
    const refused = await impatient.readVariantLevelsPage({ locationId, first: 20 });
    expect(refused).toEqual({ ok: false, error: { code: "THROTTLED", message: expect.any(String) } });

    sandbox.control.fillBucket(store.domain, 0);
    const patient = clientFor(sandbox, store);
    const started = performance.now();
    const read = await patient.readVariantLevelsPage({ locationId, first: 20 });
    expect(read.ok).toBe(true);
    // 102 points at 200 points/s: about half a second, after one THROTTLED answer that taught the budget.
    expect(performance.now() - started).toBeGreaterThan(300);
    expect(sandbox.control.inspectStore(store.domain).stats.throttled).toBe(2);
  });

  it("waits out HTTP 429 (Retry-After) and reports RATE_LIMITED when it persists", async () => {
    const store = storeSeed("limited-shop.myshopify.com", 2);
    sandbox = await startSandbox({ stores: [store] });
    const locationId = sandbox.control.inspectStore(store.domain).locations[0]?.id ?? "";
    sandbox.control.setApiFaults({ rules: [{ kind: "rate-limit", next: 2, retryAfterSeconds: 0.05 }] });
    const read = await clientFor(sandbox, store).readVariantLevelsPage({ locationId });
    expect(read.ok).toBe(true);

    sandbox.control.setApiFaults({ rules: [{ kind: "rate-limit", next: 5, retryAfterSeconds: 0 }] });
    const refused = await clientFor(sandbox, store, { retry: { maxAttempts: 2 } }).readVariantLevelsPage({ locationId });
    expect(refused.ok ? "ok" : refused.error.code).toBe("RATE_LIMITED");
  });
});
