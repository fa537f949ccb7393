import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  StripeConnectorError,
  updatePaymentIntentMetadata,
  updateRefundMetadata,
  type StripeConnection,
} from "@/lib/connectors/stripe";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { connectToSandbox } from "./support/sandbox-connection";

let sandbox: StripeSandbox;
let stripe: StripeConnection;

beforeAll(async () => {
  sandbox = await createStripeSandbox({ seed: "idempotency" });
  stripe = connectToSandbox(sandbox);
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

function aRefund() {
  const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A-1", quantity: 1, unitAmount: 1000 }] });
  return sandbox.createRefund({ paymentIntent: paymentIntent.id }).refund;
}

function refundEchoes(refundId: string): number {
  return sandbox
    .snapshot()
    .events.filter((event) => event.type === "refund.updated" && event.data.object.id === refundId)
    .filter((event) => "previous_attributes" in event.data && "metadata" in event.data.previous_attributes).length;
}

describe("Idempotency-Key, as Stripe keeps it", () => {
  it("a retried write with the same key is answered from the first result and applies once", async () => {
    const refund = aRefund();
    const write = { refundId: refund.id, metadata: { lightspeed_refund_id: "88" }, idempotencyKey: `ls-refund:${refund.id}` };
    const first = await updateRefundMetadata(stripe, write);
    // Someone changes the value in between; a replay must not write 88 again.
    await updateRefundMetadata(stripe, { ...write, metadata: { lightspeed_refund_id: "99" }, idempotencyKey: "manual-fix" });
    const retried = await updateRefundMetadata(stripe, write);

    expect(retried).toEqual(first);
    expect(sandbox.snapshot().objects.refunds.find((r) => r.id === refund.id)?.metadata.lightspeed_refund_id).toBe("99");
    expect(refundEchoes(refund.id)).toBe(2);
    const requests = sandbox.snapshot().requests.filter((r) => r.idempotencyKey === write.idempotencyKey);
    expect(requests.map((r) => r.outcome)).toEqual(["executed", "replayed"]);

    const raw = await stripe.sdk.refunds.update(refund.id, { metadata: write.metadata }, { idempotencyKey: write.idempotencyKey });
    expect(raw.lastResponse.headers["idempotent-replayed"]).toBe("true");
  });

  it("reusing a key with other parameters is Stripe's 400 idempotency_error", async () => {
    const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A-1", quantity: 1, unitAmount: 1000 }] });
    const key = `ls-sale:${paymentIntent.id}`;
    await updatePaymentIntentMetadata(stripe, { paymentIntentId: paymentIntent.id, metadata: { lightspeed_sale_id: "1" }, idempotencyKey: key });
    const error = await updatePaymentIntentMetadata(stripe, {
      paymentIntentId: paymentIntent.id,
      metadata: { lightspeed_sale_id: "2" },
      idempotencyKey: key,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StripeConnectorError);
    expect(error).toMatchObject({ code: "idempotency_conflict", statusCode: 400, retryable: false });
    expect(String(error)).toContain(
      `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}'`,
    );
    const stored = sandbox.snapshot().objects.paymentIntents.find((pi) => pi.id === paymentIntent.id);
    expect(stored?.metadata.lightspeed_sale_id).toBe("1");
  });

  it("a key is bound to the endpoint it was first used on", async () => {
    const refund = aRefund();
    const key = "shared-key";
    await updatePaymentIntentMetadata(stripe, { paymentIntentId: refund.payment_intent, metadata: { a: "1" }, idempotencyKey: key });
    await expect(
      updateRefundMetadata(stripe, { refundId: refund.id, metadata: { a: "1" }, idempotencyKey: key }),
    ).rejects.toMatchObject({ code: "idempotency_conflict", message: expect.stringContaining("same endpoint") });
  });

  it("a request refused before it ran keeps nothing under its key", async () => {
    const refund = aRefund();
    const refused = await stripe.sdk.refunds
      .update(refund.id, { metadata: { a: "1" }, ...{ amount: 5 } }, { idempotencyKey: "k-validation" })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ statusCode: 400, code: "parameter_unknown" });
    const fixed = await updateRefundMetadata(stripe, { refundId: refund.id, metadata: { a: "1" }, idempotencyKey: "k-validation" });
    expect(fixed.metadata.a).toBe("1");
  });

  it("a second request while the first still runs gets 409 idempotency_key_in_use; the SDK retries it into a replay", async () => {
    const refund = aRefund();
    sandbox.setApiFaults({ rules: [], latencyMs: [250, 250] });
    const patient = connectToSandbox(sandbox, { maxNetworkRetries: 2 });
    const write = { refundId: refund.id, metadata: { lightspeed_refund_id: "7" }, idempotencyKey: "k-concurrent" };
    const [a, b] = await Promise.all([updateRefundMetadata(patient, write), updateRefundMetadata(patient, write)]);
    expect(a).toEqual(b);
    const outcomes = sandbox.snapshot().requests.filter((r) => r.idempotencyKey === "k-concurrent");
    expect(outcomes.map((r) => `${r.status} ${r.outcome}`).sort()).toEqual(["200 executed", "200 replayed", "409 rejected"]);
    expect(refundEchoes(refund.id)).toBe(1);
  });
});
