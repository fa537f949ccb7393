import { readFileSync } from "node:fs";
import path from "node:path";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import {
  extractPaymentLines,
  extractRefundLines,
  parseStripeEvent,
  verifyStripeWebhook,
  type HandledStripeEvent,
} from "@/lib/connectors/stripe";

const SECRET = "whsec_fixtureSecret";

function fixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
}

/** Signs a fixture the way Stripe would and takes it through verification and parsing. */
function receive(name: string): HandledStripeEvent {
  const payload = fixture(name);
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  const verified = verifyStripeWebhook(payload, header, [SECRET], 300);
  if (!verified.ok) throw new Error(`${name} rejected: ${verified.reason}`);
  // The SDK agrees with our verifier on the same header.
  expect(() => Stripe.webhooks.constructEvent(payload, header, SECRET)).not.toThrow();
  const parsed = parseStripeEvent(verified.event);
  if (parsed.kind !== "handled") throw new Error(`${name}: ${JSON.stringify(parsed)}`);
  return parsed.event;
}

describe("real Stripe payloads (tests/contract/stripe/fixtures)", () => {
  it("charge.succeeded (2026-04-22.dahlia) with a PaymentIntent and no line metadata: needs attention", () => {
    const event = receive("charge_succeeded_with_pi.json");
    expect(event).toMatchObject({ type: "charge.succeeded", livemode: false, api_version: "2026-04-22.dahlia" });
    if (event.type !== "charge.succeeded") throw new Error(event.type);
    expect(event.data.object).toMatchObject({
      id: "ch_3TbGBUJEe0yY0QKr18Sf1VVH",
      amount: 22200,
      payment_intent: "pi_3TbGBUJEe0yY0QKr1NhtlhQp",
      customer: null,
      billing_details: { email: null, name: null, phone: null },
    });
    expect(event.request).toEqual({ id: "req_iNHOyacAIM38T3", idempotency_key: "c154b458-e07d-4672-962c-aab59cd23443" });
    expect(extractPaymentLines({ metadata: event.data.object.metadata })).toEqual({ kind: "no_lines", orderReference: null });
  });

  it("charge.succeeded from API 2018-11-08 in live mode parses, and says it is live", () => {
    const event = receive("charge_succeeded_livemode_card.json");
    expect(event).toMatchObject({ type: "charge.succeeded", livemode: true, api_version: "2018-11-08", request: null });
    if (event.type !== "charge.succeeded") throw new Error(event.type);
    expect(event.data.object).toMatchObject({
      livemode: true,
      customer: "cus_00000000000000",
      payment_intent: null,
      billing_details: null,
      receipt_email: "user@example.com",
    });
  });

  it("charge.refund.updated for a failed refund (2020-03-02) parses and changes nothing", () => {
    const event = receive("charge_refund_updated_failed.json");
    expect(event.type).toBe("charge.refund.updated");
    if (event.type !== "charge.refund.updated") throw new Error(event.type);
    expect(event.data.object).toMatchObject({
      id: "re_1Gib6ZHLwdCOCoR7VrzCnXlj",
      status: "failed",
      failure_reason: "expired_or_canceled_card",
      charge: "ch_1Gib61HLwdCOCoR71rnkccye",
    });
    expect(event.data.previous_attributes).toEqual({ failure_balance_transaction: null, failure_reason: null, status: "succeeded" });
    expect(extractRefundLines({ ...event.data.object, chargeAmount: 30000000 })).toEqual({ kind: "no_effect", status: "failed" });
  });

  it("a header with two v1 signatures and a v0 (a secret roll) verifies with either secret", () => {
    const payload = fixture("charge_succeeded_with_pi.json");
    const timestamp = Math.floor(Date.now() / 1000);
    const sign = (secret: string) =>
      Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp }).split(",").find((part) => part.startsWith("v1="));
    const header = [`t=${timestamp}`, sign("whsec_old"), sign("whsec_new"), `v0=${"0".repeat(64)}`].join(",");
    expect(verifyStripeWebhook(payload, header, ["whsec_old"], 300).ok).toBe(true);
    expect(verifyStripeWebhook(payload, header, ["whsec_new"], 300).ok).toBe(true);
    expect(verifyStripeWebhook(payload, header, ["whsec_neither"], 300).ok).toBe(false);
  });

  it("a fixture signed an hour ago is stale", () => {
    const payload = fixture("charge_refund_updated_failed.json");
    const timestamp = Math.floor(Date.now() / 1000) - 3600;
    const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp });
    expect(verifyStripeWebhook(payload, header, [SECRET], 300)).toEqual({ ok: false, reason: "timestamp_outside_tolerance" });
  });
});
