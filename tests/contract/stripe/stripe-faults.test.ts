import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  retrieveCustomer,
  updatePaymentIntentMetadata,
  updateRefundMetadata,
  verifyStripeWebhook,
  type StripeConnection,
} from "@/lib/connectors/stripe";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { connectToSandbox } from "./support/sandbox-connection";
import { startWebhookReceiver } from "./support/start-webhook-receiver";

describe("API faults", () => {
  let sandbox: StripeSandbox;
  let stripe: StripeConnection;

  beforeAll(async () => {
    sandbox = await createStripeSandbox({ seed: "api-faults" });
    stripe = connectToSandbox(sandbox, { maxNetworkRetries: 2 });
  });
  afterAll(async () => sandbox.close());
  beforeEach(() => sandbox.reset());

  const requestsWithKey = (key: string) =>
    sandbox.snapshot().requests.filter((request) => request.idempotencyKey === key).map((r) => `${r.status} ${r.outcome} ${r.fault ?? "-"}`);

  it("a 500 is retried by the SDK with the same idempotency key, and the write applies once", async () => {
    const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
    sandbox.setApiFaults({ rules: [{ kind: "server-error", status: 500, next: 1, match: "POST /v1/payment_intents" }] });
    const key = `ls-sale:${paymentIntent.id}`;
    const updated = await updatePaymentIntentMetadata(stripe, {
      paymentIntentId: paymentIntent.id,
      metadata: { lightspeed_sale_id: "31" },
      idempotencyKey: key,
    });
    expect(updated.metadata.lightspeed_sale_id).toBe("31");
    expect(requestsWithKey(key)).toEqual(["500 fault server-error", "200 executed -"]);
  });

  it("a response lost after the write ran is retried into a replay: applied once, answered once", async () => {
    const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
    const { refund } = sandbox.createRefund({ paymentIntent: paymentIntent.id });
    sandbox.setApiFaults({ rules: [{ kind: "lost-response", next: 1, match: "POST /v1/refunds" }] });
    const key = `ls-refund:${refund.id}`;
    const updated = await updateRefundMetadata(stripe, { refundId: refund.id, metadata: { lightspeed_refund_id: "5" }, idempotencyKey: key });
    expect(updated.metadata.lightspeed_refund_id).toBe("5");
    expect(requestsWithKey(key)).toEqual(["200 executed lost-response", "200 replayed -"]);
    const echoes = sandbox.snapshot().events.filter((event) => event.type === "refund.updated" && event.request.idempotency_key === key);
    expect(echoes).toHaveLength(1);
  });

  it("a 5xx that outlasts the retry budget fails as a retryable api_error and changes nothing", async () => {
    const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
    sandbox.setApiFaults({ rules: [{ kind: "server-error", status: 503, next: 3 }] });
    const quick = connectToSandbox(sandbox, { maxNetworkRetries: 1 });
    await expect(
      updatePaymentIntentMetadata(quick, { paymentIntentId: paymentIntent.id, metadata: { a: "1" }, idempotencyKey: "k-503" }),
    ).rejects.toMatchObject({ code: "api_error", statusCode: 503, retryable: true });
    expect(sandbox.snapshot().objects.paymentIntents[0]?.metadata.a).toBeUndefined();
  });

  it("a 429 comes back as a retryable rate_limited error (the SDK does not retry it by itself)", async () => {
    const { customer } = sandbox.createPayment({ customer: { email: "a@example.com", name: null, phone: null } });
    sandbox.setApiFaults({ rules: [{ kind: "rate-limit", next: 1 }] });
    await expect(retrieveCustomer(stripe, customer?.id ?? "")).rejects.toMatchObject({ code: "rate_limited", retryable: true });
    expect(sandbox.snapshot().requests).toHaveLength(1);
  });

  it("a hung request times out as a retryable connection error", async () => {
    sandbox.setApiFaults({ rules: [{ kind: "timeout", next: 1, hangMs: 5_000 }] });
    const impatient = connectToSandbox(sandbox, { timeoutMs: 200, maxNetworkRetries: 0 });
    await expect(retrieveCustomer(impatient, "cus_whatever")).rejects.toMatchObject({ code: "connection", retryable: true });
  });
});

describe("webhook delivery faults", () => {
  const SECRET = "whsec_deliveryFaults";
  const fast = { retry: { initialDelayMs: 20, maxDelayMs: 100, maxAttempts: 4 } };

  async function withSandbox(
    answer: Parameters<typeof startWebhookReceiver>[0],
    options: Parameters<typeof createStripeSandbox>[0],
    run: (sandbox: StripeSandbox, receiver: Awaited<ReturnType<typeof startWebhookReceiver>>) => Promise<void>,
  ) {
    const receiver = await startWebhookReceiver(answer);
    const sandbox = await createStripeSandbox({ ...options, webhookEndpoints: [{ url: receiver.url, secrets: [SECRET] }] });
    try {
      await run(sandbox, receiver);
    } finally {
      await sandbox.close();
      await receiver.close();
    }
  }

  const eventIds = (bodies: readonly { body: string }[]) =>
    bodies.map((webhook) => {
      const match = /"id": "(evt_[A-Za-z0-9]+)"/.exec(webhook.body);
      return match?.[1] ?? "";
    });

  it("retries a non-2xx answer until it is accepted, re-signing each attempt", async () => {
    await withSandbox((_, index) => (index < 2 ? 500 : 200), { seed: 1, delivery: fast, auxiliaryEvents: false }, async (sandbox, receiver) => {
      sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
      const records = await sandbox.settleDeliveries();
      expect(records.every((record) => record.outcome === "delivered")).toBe(true);
      expect(records.flatMap((record) => record.attempts).filter((attempt) => attempt.status === 500)).toHaveLength(2);
      for (const webhook of receiver.received) {
        expect(verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], 300).ok).toBe(true);
      }
    });
  });

  it("gives up after the last attempt when the endpoint keeps failing", async () => {
    await withSandbox(() => 503, { seed: 2, delivery: fast, auxiliaryEvents: false }, async (sandbox, receiver) => {
      sandbox.createPayment({});
      const records = await sandbox.settleDeliveries();
      expect(records.map((record) => record.outcome)).toEqual(["failed", "failed"]);
      expect(receiver.received).toHaveLength(8);
    });
  });

  it("duplicates: the same event, same id, arrives twice and verifies both times", async () => {
    await withSandbox(() => 200, { seed: 3, delivery: { ...fast, faults: { duplicateProbability: 1 } }, auxiliaryEvents: false }, async (sandbox, receiver) => {
      sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
      await sandbox.settleDeliveries();
      const ids = eventIds(receiver.received);
      expect(ids).toHaveLength(4);
      expect(new Set(ids).size).toBe(2);
      for (const webhook of receiver.received) {
        expect(verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], 300).ok).toBe(true);
      }
    });
  });

  it("drops: a dropped event never arrives, and the record says so", async () => {
    await withSandbox(() => 200, { seed: 4, delivery: fast, auxiliaryEvents: false }, async (sandbox, receiver) => {
      sandbox.setDeliveryFaults({ dropProbability: 1 });
      sandbox.createPayment({});
      const records = await sandbox.settleDeliveries();
      expect(records.map((record) => record.outcome)).toEqual(["dropped", "dropped"]);
      expect(receiver.received).toHaveLength(0);
    });
  });

  it("reorders: a shuffle window releases events out of order, all of them delivered", async () => {
    await withSandbox(() => 200, { seed: 5, delivery: { ...fast, faults: { shuffleWindowMs: 20 } } }, async (sandbox, receiver) => {
      for (let index = 0; index < 4; index += 1) {
        sandbox.createRefund({ paymentIntent: sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] }).paymentIntent.id });
      }
      await sandbox.settleDeliveries();
      const emitted = sandbox.snapshot().events.map((event) => event.id);
      const arrived = eventIds(receiver.received);
      expect([...arrived].sort()).toEqual([...emitted].sort());
      expect(arrived).not.toEqual(emitted);
    });
  });
});
