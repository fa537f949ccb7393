import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  extractPaymentLines,
  extractRefundLines,
  parseStripeEvent,
  updateRefundMetadata,
  verifyStripeWebhook,
  type HandledStripeEvent,
} from "@/lib/connectors/stripe";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { connectToSandbox } from "./support/sandbox-connection";
import { startWebhookReceiver, type ReceivedWebhook } from "./support/start-webhook-receiver";

const SECRET = "whsec_contractPrimarySecret0001";
const TOLERANCE = 300;

let sandbox: StripeSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let delivered: ReceivedWebhook[] = [];

function handled(webhook: ReceivedWebhook): HandledStripeEvent | null {
  const verified = verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE);
  if (!verified.ok) throw new Error(`rejected: ${verified.reason}`);
  const parsed = parseStripeEvent(verified.event);
  if (parsed.kind === "invalid") throw new Error(`${parsed.type}: ${parsed.issues.join("; ")}`);
  return parsed.kind === "handled" ? parsed.event : null;
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  sandbox = await createStripeSandbox({ seed: "signatures", webhookEndpoints: [{ url: receiver.url, secrets: [SECRET] }] });
  const stripe = connectToSandbox(sandbox);

  const custom = sandbox.createPayment({
    lines: [{ sku: "MUG-01", quantity: 2, unitAmount: 1250 }],
    customer: { email: "ada@example.com", name: "Ada", phone: "+15555550100" },
  });
  const checkout = sandbox.createPayment({ checkout: true, lines: [{ sku: "TEE-M", quantity: 1, unitAmount: 2500 }] });
  const partial = sandbox.createRefund({ paymentIntent: custom.paymentIntent.id, amount: 1250, lines: [{ sku: "MUG-01", quantity: 1 }] });
  sandbox.createRefund({ paymentIntent: checkout.paymentIntent.id });
  const failing = sandbox.createPayment({ lines: [{ sku: "X-9", quantity: 1, unitAmount: 300 }] });
  sandbox.createRefund({ paymentIntent: failing.paymentIntent.id, outcome: "failed" });
  await updateRefundMetadata(stripe, { refundId: partial.refund.id, metadata: { lightspeed_refund_id: "r-1" }, idempotencyKey: "ls-refund:r-1" });

  await sandbox.settleDeliveries();
  delivered = [...receiver.received];
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

describe("webhook events from the sandbox", () => {
  it("delivers every event it records, each verifiable with the endpoint secret", () => {
    const recorded = sandbox.snapshot().events;
    expect(delivered).toHaveLength(recorded.length);
    for (const webhook of delivered) {
      expect(webhook.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64},v0=[0-9a-f]{64}$/);
      const verified = verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE);
      expect(verified.ok).toBe(true);
      // Stripe's own verifier agrees: the sandbox signs exactly as Stripe does.
      expect(() => Stripe.webhooks.constructEvent(webhook.body, webhook.signature ?? "", SECRET)).not.toThrow();
    }
  });

  it("sends every event type the portal handles, and each parses with its schema", () => {
    const events = delivered.map(handled).filter((event): event is HandledStripeEvent => event !== null);
    const types = new Set(events.map((event) => event.type));
    for (const type of [
      "payment_intent.succeeded",
      "checkout.session.completed",
      "charge.succeeded",
      "charge.refunded",
      "refund.created",
      "charge.refund.updated",
      "refund.updated",
      "refund.failed",
    ]) {
      expect(types, type).toContain(type);
    }
    const unhandled = delivered.map((webhook) => verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE));
    const otherTypes = unhandled.flatMap((result) => (result.ok && parseStripeEvent(result.event).kind === "unhandled" ? [result.event.type] : []));
    expect(new Set(otherTypes)).toEqual(new Set(["payment_intent.created", "customer.created"]));
  });

  it("carries what the flows need: lines on the PaymentIntent, refund lines, and failed refunds as no-ops", () => {
    const events = delivered.map(handled).filter((event): event is HandledStripeEvent => event !== null);
    const succeeded = events.find((event) => event.type === "payment_intent.succeeded" && event.data.object.customer !== null);
    expect(succeeded?.type === "payment_intent.succeeded" && extractPaymentLines({ metadata: succeeded.data.object.metadata })).toMatchObject({
      kind: "lines",
      lines: [{ sku: "MUG-01", quantity: 2, unitAmount: 1250 }],
    });
    const session = events.find((event) => event.type === "checkout.session.completed");
    expect(session?.type === "checkout.session.completed" && session.data.object.payment_status).toBe("paid");

    const refundCreated = events.filter((event) => event.type === "refund.created");
    const kinds = refundCreated.map((event) =>
      event.type === "refund.created" ? extractRefundLines({ ...event.data.object, chargeAmount: 2500 }).kind : null,
    );
    expect(kinds).toContain("lines");
    const failed = events.find((event) => event.type === "refund.failed");
    expect(failed?.type === "refund.failed" && extractRefundLines({ ...failed.data.object, chargeAmount: 300 })).toEqual({
      kind: "no_effect",
      status: "failed",
    });
  });
});

describe("verifyStripeWebhook rejects what it must", () => {
  const sample = (): ReceivedWebhook => {
    const first = delivered[0];
    if (!first) throw new Error("no webhook delivered");
    return first;
  };

  it("a tampered body", () => {
    const webhook = sample();
    const tampered = webhook.body.replace(/"amount": (\d+)/, (_, amount: string) => `"amount": ${Number(amount) + 1}`);
    expect(tampered).not.toBe(webhook.body);
    expect(verifyStripeWebhook(tampered, webhook.signature, [SECRET], TOLERANCE)).toEqual({ ok: false, reason: "signature_mismatch" });
    const reserialised = JSON.stringify(JSON.parse(webhook.body));
    expect(verifyStripeWebhook(reserialised, webhook.signature, [SECRET], TOLERANCE)).toMatchObject({ ok: false });
  });

  it("a stale (or far-future) timestamp", () => {
    const webhook = sample();
    const verified = verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE);
    if (!verified.ok) throw new Error(verified.reason);
    const signedAt = verified.signedAt.getTime();
    const late = new Date(signedAt + (TOLERANCE + 1) * 1000);
    const early = new Date(signedAt - (TOLERANCE + 1) * 1000);
    expect(verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE, late)).toEqual({
      ok: false,
      reason: "timestamp_outside_tolerance",
    });
    expect(verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE, early)).toMatchObject({ ok: false });
    expect(verifyStripeWebhook(webhook.body, webhook.signature, [SECRET], TOLERANCE, new Date(signedAt + 299_000)).ok).toBe(true);
  });

  it("the wrong secret, no secret, no header, a malformed header", () => {
    const webhook = sample();
    const reasonOf = (result: ReturnType<typeof verifyStripeWebhook>) => (result.ok ? "ok" : result.reason);
    expect(reasonOf(verifyStripeWebhook(webhook.body, webhook.signature, ["whsec_wrong"], TOLERANCE))).toBe("signature_mismatch");
    expect(reasonOf(verifyStripeWebhook(webhook.body, webhook.signature, [], TOLERANCE))).toBe("no_secrets_configured");
    expect(reasonOf(verifyStripeWebhook(webhook.body, undefined, [SECRET], TOLERANCE))).toBe("missing_signature_header");
    expect(reasonOf(verifyStripeWebhook(webhook.body, "v1=abc", [SECRET], TOLERANCE))).toBe("malformed_signature_header");
    const onlyV0 = (webhook.signature ?? "").replace(/,v1=[0-9a-f]+/, "");
    expect(reasonOf(verifyStripeWebhook(webhook.body, onlyV0, [SECRET], TOLERANCE))).toBe("no_v1_signature");
  });
});

describe("secret rotation", () => {
  it("signs with every active secret; either verifies; an expired one stops verifying", async () => {
    const rotationReceiver = await startWebhookReceiver();
    const rotating = await createStripeSandbox({ seed: "rotation", webhookEndpoints: [{ url: rotationReceiver.url, secrets: [SECRET] }] });
    try {
      const [endpoint] = rotating.webhookEndpoints();
      const newSecret = rotating.rollWebhookSecret(endpoint?.id ?? "");
      rotating.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
      await rotating.settleDeliveries();
      const during = rotationReceiver.received.at(-1);
      expect(during?.signature?.match(/v1=/g)).toHaveLength(2);
      expect(verifyStripeWebhook(during?.body ?? "", during?.signature, [SECRET], TOLERANCE).ok).toBe(true);
      expect(verifyStripeWebhook(during?.body ?? "", during?.signature, [newSecret], TOLERANCE).ok).toBe(true);
      expect(verifyStripeWebhook(during?.body ?? "", during?.signature, ["whsec_other", newSecret], TOLERANCE).ok).toBe(true);

      const newest = rotating.rollWebhookSecret(endpoint?.id ?? "", { expireOld: true });
      rotating.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] });
      await rotating.settleDeliveries();
      const after = rotationReceiver.received.at(-1);
      expect(verifyStripeWebhook(after?.body ?? "", after?.signature, [SECRET], TOLERANCE).ok).toBe(false);
      expect(verifyStripeWebhook(after?.body ?? "", after?.signature, [SECRET, newest], TOLERANCE).ok).toBe(true);
    } finally {
      await rotating.close();
      await rotationReceiver.close();
    }
  });
});
