import { afterEach, describe, expect, it } from "vitest";
import { all, items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function log(h: Harness) {
  return h.sandbox.state.requestLog.filter((entry) => entry.path.startsWith("/API/"));
}

async function rawRequests(h: Harness, count: number) {
  const token = [...h.sandbox.state.accessTokens.values()].at(-1)?.token ?? "";
  return Promise.all(
    Array.from({ length: count }, () =>
      fetch(`${h.sandbox.apiBaseUrl}/Account/${h.sandbox.accountId}/Shop.json`, { headers: { authorization: `Bearer ${token}` } }).then(
        async (response) => {
          await response.arrayBuffer();
          return {
            status: response.status,
            type: response.headers.get("x-ls-api-ratelimit-type"),
            retryAfter: response.headers.get("retry-after"),
          };
        },
      ),
    ),
  );
}

describe("Lightspeed rate limits: the sandbox enforces them", () => {
  it("answers a naive burst with 429s from the leaky bucket, with Retry-After", async () => {
    harness = await startHarness({ timeScale: 1, burstLimit: 1_000 });
    await all(harness.adapter.listShops());

    const answers = await rawRequests(harness, 120);

    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(25);
    expect(refused.every((answer) => answer.type === "api-leaky-bucket" && Number(answer.retryAfter) >= 1)).toBe(true);
  });

  it("answers more than the burst limit in one second with 429 api-burst-limiter", async () => {
    harness = await startHarness({ burstLimit: 10 });
    await all(harness.adapter.listShops());

    const answers = await rawRequests(harness, 30);

    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(5);
    expect(refused.every((answer) => answer.type === "api-burst-limiter" && Number(answer.retryAfter) > 0 && Number(answer.retryAfter) <= 1)).toBe(true);
  });
});

describe("Lightspeed rate limits: the client keeps to them", () => {
  it("meeting a 429, waits as long as Retry-After says, once, and carries on", async () => {
    harness = await startHarness({ seed: { items: items(2, 1) } });
    await all(harness.adapter.listShops());
    await harness.control.post("faults", { kind: "429", count: 1, path: "Item.json", retryAfterSeconds: 0.6 });

    const started = Date.now();
    const listed = await all(harness.adapter.listItems());
    const elapsed = Date.now() - started;

    expect(listed).toHaveLength(2);
    const calls = log(harness).filter((entry) => entry.path.endsWith("/Item.json"));
    expect(calls.map((entry) => entry.status)).toEqual([429, 200]);
    const [refused, retried] = calls;
    expect(Date.parse(retried?.at ?? "") - Date.parse(refused?.at ?? "")).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeGreaterThanOrEqual(590);
  });

  it("under a backlog of sales and reads larger than the bucket, meets zero 429s and runs close to full", async () => {
    // Drip 40/s instead of 1/s; 20 two-line sales (6.2 drips each) and 40 reads come to 164 drips on a bucket of 90.
    const h = await startHarness({ timeScale: 40, burstLimit: 1_000, seed: { items: items(4, 1_000) } });
    harness = h;
    const started = Date.now();

    const sales = Array.from({ length: 20 }, (_, index) =>
      h.adapter.createCompletedSale({
        shopId: "1",
        registerId: "1",
        employeeId: "1",
        referenceNumber: `burst-${index}`,
        referenceNumberSource: "shopify",
        checkExistingFirst: false,
        lines: [
          { itemId: "1", quantity: 1, unitPrice: 10 },
          { itemId: "2", quantity: 1, unitPrice: 20 },
        ],
        payments: [{ paymentTypeId: "2", amount: 30 }],
      }),
    );
    const reads = Array.from({ length: 40 }, () => all(h.adapter.listShops()));
    await Promise.all([...sales, ...reads]);
    const elapsedSeconds = (Date.now() - started) / 1000;

    const entries = log(h);
    expect(entries.filter((entry) => entry.status === 429)).toEqual([]);
    const drips = entries.reduce((sum, entry) => sum + entry.cost, 0);
    expect(drips).toBeGreaterThan(160);
    // It had to wait for the bucket to drain (≥ (164 − 90) / 40 s), and it let the bucket fill up while it did.
    expect(elapsedSeconds).toBeGreaterThan(((drips - 90) / 40) * 0.9);
    expect(Math.max(...entries.map((entry) => entry.bucketLevel))).toBeGreaterThan(75);
    expect(Math.max(...entries.map((entry) => entry.bucketLevel))).toBeLessThanOrEqual(90);
    expect(h.sandbox.state.sales.size).toBe(20);
  });

  it("keeps under the burst limit it learns from X-LS-API-Burst-Level", async () => {
    const h = await startHarness({ timeScale: 40, burstLimit: 15 });
    harness = h;

    await Promise.all(Array.from({ length: 30 }, () => all(h.adapter.listShops())));

    const entries = log(h);
    expect(entries).toHaveLength(30);
    expect(entries.filter((entry) => entry.status === 429)).toEqual([]);
  });

  it("stays under the burst limit when requests reach the API unevenly (network jitter bunches them)", async () => {
    const h = await startHarness({ timeScale: 40, burstLimit: 15 });
    harness = h;
    await h.control.post("latency", { ms: 0, jitterMs: 400 });

    await Promise.all(Array.from({ length: 60 }, () => all(h.adapter.listShops())));

    const entries = log(h);
    expect(entries.filter((entry) => entry.status === 429)).toEqual([]);
  });
});
