import { afterEach, describe, expect, it } from "vitest";
import { verifyShopifyWebhook } from "@/lib/connectors/shopify";
import { createSeededRandom, createWebhookDelivery, type DeliveryFaults, type WebhookDelivery } from "@/sandbox/delivery";
import { createApiFaults } from "@/sandbox/faults";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { appSecret, startReceiver, startSandbox, storeSeed } from "./shopify-fixture";

const deliveries = (count: number): WebhookDelivery[] =>
  Array.from({ length: count }, (_, index) => ({ id: `d-${index}`, url: "http://receiver.test/", body: `{"n":${index}}`, headers: {} }));

/** Runs `count` deliveries through a queue whose sender records what arrives (and may fail some attempts). */
async function run(seed: number, faults: DeliveryFaults, count = 200, answer: (id: string, attempt: number) => number = () => 200) {
  const arrived: string[] = [];
  const queue = createWebhookDelivery({
    random: createSeededRandom(seed),
    faults,
    retry: { maxAttempts: 4, initialDelayMs: 1, maxDelayMs: 5 },
    send: async (delivery, attempt) => {
      const status = answer(delivery.id, attempt);
      if (status === 200) arrived.push(delivery.id);
      return { status };
    },
  });
  for (const delivery of deliveries(count)) queue.enqueue(delivery);
  await queue.settle();
  queue.close();
  return { arrived, records: queue.records(), released: queue.releaseOrder() };
}

describe("sandbox/delivery: at-least-once delivery with seeded faults", () => {
  it("duplicates about D of the deliveries, the same way for the same seed", async () => {
    const first = await run(7, { duplicateProbability: 0.25 });
    const second = await run(7, { duplicateProbability: 0.25 });
    const duplicated = first.records.filter((r) => r.copies === 2).map((r) => r.id);
    expect(duplicated.length).toBeGreaterThan(30);
    expect(duplicated.length).toBeLessThan(70);
    expect(second.records.filter((r) => r.copies === 2).map((r) => r.id)).toEqual(duplicated);
    expect(first.arrived).toHaveLength(200 + duplicated.length);
    expect(new Set(first.arrived).size).toBe(200);
    const other = await run(8, { duplicateProbability: 0.25 });
    expect(other.records.filter((r) => r.copies === 2).map((r) => r.id)).not.toEqual(duplicated);
  });

  it("drops about P of the deliveries: never sent, marked dropped, the rest all arrive", async () => {
    const { arrived, records } = await run(11, { dropProbability: 0.2 });
    const dropped = records.filter((r) => r.outcome === "dropped").map((r) => r.id);
    expect(dropped.length).toBeGreaterThan(20);
    expect(dropped.length).toBeLessThan(60);
    expect(arrived.filter((id) => dropped.includes(id))).toEqual([]);
    expect(arrived).toHaveLength(200 - dropped.length);
    expect(records.filter((r) => r.outcome === "delivered")).toHaveLength(200 - dropped.length);
  });

  it("reorders inside a shuffle window, deterministically for a seed", async () => {
    const first = await run(3, { shuffleWindowMs: 10 }, 50);
    const second = await run(3, { shuffleWindowMs: 10 }, 50);
    const inOrder = deliveries(50).map((d) => d.id);
    expect(first.released).not.toEqual(inOrder);
    expect([...first.released].sort()).toEqual([...inOrder].sort());
    expect(second.released).toEqual(first.released);
  });

  it("delays each copy within the range", async () => {
    const started = performance.now();
    const { arrived } = await run(5, { delayMs: [30, 60] }, 20);
    expect(arrived).toHaveLength(20);
    expect(performance.now() - started).toBeGreaterThanOrEqual(29);
  });

  it("retries a non-2xx answer with backoff until it is accepted or out of attempts", async () => {
    const { records } = await run(1, {}, 10, (id, attempt) => (id === "d-9" ? 500 : attempt < 3 ? 503 : 200));
    expect(records.filter((r) => r.outcome === "delivered").map((r) => r.attempts.length)).toEqual(Array(9).fill(3));
    expect(records.find((r) => r.id === "d-9")).toMatchObject({ outcome: "failed", attempts: [{}, {}, {}, {}] });
  });
});

describe("sandbox/faults: API fault decisions", () => {
  it("fires `next` rules first, then probability rules from the seeded random", () => {
    const decide = (seed: number) => {
      const faults = createApiFaults(createSeededRandom(seed));
      faults.set({ rules: [{ kind: "server-error", next: 2, match: "Set" }, { kind: "rate-limit", probability: 0.5 }] });
      return Array.from({ length: 20 }, (_, index) => faults.decide(index % 2 === 0 ? "shop Set" : "shop Read").fault?.kind ?? "none");
    };
    const kinds = decide(9);
    expect(kinds.slice(0, 3)).toEqual(["server-error", expect.any(String), "server-error"]);
    expect(kinds.filter((kind) => kind === "server-error")).toHaveLength(2);
    expect(kinds.filter((kind) => kind === "rate-limit").length).toBeGreaterThan(3);
    expect(decide(9)).toEqual(kinds);
  });
});

describe("Shopify sandbox deliveries under faults", () => {
  let sandbox: ShopifySandbox;
  afterEach(() => sandbox.close());

  it("redelivers on 5xx, duplicates with the same webhook id and signature, and never loses what is not dropped", async () => {
    const receiver = await startReceiver((_, index) => (index % 4 === 0 ? 500 : 200));
    const store = storeSeed("chaos-shop.myshopify.com", 30);
    sandbox = await startSandbox({
      stores: [store],
      defaultWebhookTarget: receiver.url,
      deliveryFaults: { duplicateProbability: 0.3, shuffleWindowMs: 5 },
      deliveryRetry: { initialDelayMs: 5, maxDelayMs: 20 },
    });
    for (let i = 1; i <= 30; i += 1) sandbox.control.editLevel(store.domain, { sku: `SKU-${String(i).padStart(4, "0")}`, delta: 1 });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await sandbox.control.settleWebhooks();

    const sent = sandbox.control.webhooksSent();
    expect(sent).toHaveLength(30);
    expect(sent.every((w) => w.outcome === "delivered")).toBe(true);
    const accepted = receiver.received.filter((w) => w.status === 200);
    const ids = accepted.map((w) => String(w.headers["x-shopify-webhook-id"]));
    expect(new Set(ids).size).toBe(30);
    expect(ids.length).toBeGreaterThan(30);
    for (const webhook of receiver.received) {
      const header = webhook.headers["x-shopify-hmac-sha256"];
      expect(verifyShopifyWebhook(webhook.body, typeof header === "string" ? header : null, [appSecret])).toBe(true);
    }
    await receiver.close();
  });
});
