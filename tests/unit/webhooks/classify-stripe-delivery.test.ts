import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HANDLED_STRIPE_EVENT_TYPES } from "@/lib/connectors/stripe";
import { classifyStripeDelivery, type StripeVerification } from "@/lib/webhooks/classify-stripe-delivery";
import { stripeDelivery, stripeEvent, stripeFixture, stripeOldSecret, stripeSecret } from "./support/deliveries";

const now = new Date();
const nowSeconds = Math.floor(now.getTime() / 1000);
const testMode: StripeVerification = { secrets: [stripeSecret], mode: "test", now };

describe("classifyStripeDelivery: a strict webhook entry", () => {
  it.each(HANDLED_STRIPE_EVENT_TYPES)("takes a signed %s for processing, keyed by its event id", (type) => {
    const body = stripeEvent(type, { id: "evt_handled0001" });
    expect(classifyStripeDelivery(stripeDelivery({ body }), testMode)).toEqual({
      kind: "authentic",
      delivery: {
        provider: "stripe",
        providerEventId: "evt_handled0001",
        topic: type,
        shopDomain: null,
        headers: { "stripe-signature-timestamp": expect.any(String), "stripe-api-version": "2026-10-28.endive" },
        rawBody: body,
        ignoredReason: null,
      },
    });
  });

  it("verifies against every configured secret while one is being rolled", () => {
    const body = stripeEvent("payment_intent.succeeded");
    const rolled = { ...testMode, secrets: [stripeSecret, stripeOldSecret] };
    expect(classifyStripeDelivery(stripeDelivery({ body, secret: stripeOldSecret }), rolled)).toMatchObject({ kind: "authentic" });
  });

  it("answers 401 for a forged, tampered, stale, future-dated, malformed or missing signature", () => {
    const body = stripeEvent("payment_intent.succeeded");
    const refusals = [
      stripeDelivery({ body, secret: "whsec_forged" }),
      { ...stripeDelivery({ body }), rawBody: body.replace("pi_test", "pi_evil") },
      stripeDelivery({ body, timestamp: nowSeconds - 301 }),
      stripeDelivery({ body, timestamp: nowSeconds + 301 }),
      stripeDelivery({ body, header: "garbage" }),
      stripeDelivery({ body, header: `t=${nowSeconds}` }),
      stripeDelivery({ body, header: null }),
    ];
    for (const delivery of refusals) {
      expect(classifyStripeDelivery(delivery, testMode)).toEqual({ kind: "refused", answer: { status: 401, body: { error: "invalid signature" } } });
    }
    expect(classifyStripeDelivery(stripeDelivery({ body, timestamp: nowSeconds - 299 }), testMode)).toMatchObject({ kind: "authentic" });
  });

  it("answers 404 when no secret is configured: nothing can be verified", () => {
    const delivery = stripeDelivery({ body: stripeEvent("payment_intent.succeeded") });
    expect(classifyStripeDelivery(delivery, { ...testMode, secrets: [] })).toMatchObject({ kind: "refused", answer: { status: 404 } });
  });

  it("keeps an event of the other mode as ignored, with the reason, both ways", () => {
    const live = stripeDelivery({ body: stripeEvent("payment_intent.succeeded", { livemode: true }) });
    expect(classifyStripeDelivery(live, testMode)).toMatchObject({
      kind: "authentic",
      delivery: { ignoredReason: "live-mode event in a test-mode installation" },
    });
    const test = stripeDelivery({ body: stripeEvent("payment_intent.succeeded", { livemode: false }) });
    expect(classifyStripeDelivery(test, { ...testMode, mode: "live" })).toMatchObject({
      kind: "authentic",
      delivery: { ignoredReason: "test-mode event in a live-mode installation" },
    });
    expect(classifyStripeDelivery(live, { ...testMode, mode: null })).toMatchObject({ kind: "authentic", delivery: { ignoredReason: null } });
  });

  it("keeps an unhandled type as ignored, with the reason", () => {
    const delivery = stripeDelivery({ body: stripeEvent("customer.created") });
    expect(classifyStripeDelivery(delivery, testMode)).toMatchObject({
      kind: "authentic",
      delivery: { topic: "customer.created", ignoredReason: 'unhandled event type "customer.created"' },
    });
  });

  it("keeps a signed body that is not an event as ignored, keyed by its hash", () => {
    for (const body of ["{not json", JSON.stringify({ type: "charge.succeeded", id: "not-an-event" })]) {
      const classified = classifyStripeDelivery(stripeDelivery({ body }), testMode);
      expect(classified).toEqual({
        kind: "authentic",
        delivery: {
          provider: "stripe",
          providerEventId: `malformed:${createHash("sha256").update(body).digest("hex")}`,
          topic: body.startsWith("{not") ? "unknown" : "charge.succeeded",
          shopDomain: null,
          headers: {},
          rawBody: body,
          ignoredReason: "malformed payload",
        },
      });
    }
  });

  describe("real Stripe payloads (tests/contract/stripe/fixtures, from zulip/zulip)", () => {
    it("charge.succeeded with a PaymentIntent and no lines is taken for processing", () => {
      const classified = classifyStripeDelivery(stripeDelivery({ body: stripeFixture("charge_succeeded_with_pi") }), testMode);
      expect(classified).toMatchObject({
        kind: "authentic",
        delivery: { providerEventId: "evt_3TbGBUJEe0yY0QKr1eTEBGsV", topic: "charge.succeeded", ignoredReason: null },
      });
    });

    it("a live-mode card charge is ignored by a test-mode installation, and says why", () => {
      const classified = classifyStripeDelivery(stripeDelivery({ body: stripeFixture("charge_succeeded_livemode_card") }), testMode);
      expect(classified).toMatchObject({
        kind: "authentic",
        delivery: { providerEventId: "evt_1DbqCuDEQaroqDjsojJSNhmh", ignoredReason: "live-mode event in a test-mode installation" },
      });
    });

    it("a failed refund update is taken for processing (which changes no stock)", () => {
      const classified = classifyStripeDelivery(stripeDelivery({ body: stripeFixture("charge_refund_updated_failed") }), testMode);
      expect(classified).toMatchObject({
        kind: "authentic",
        delivery: { providerEventId: "evt_1Gib6dHLwdCOCoR7mbMhSVu0", topic: "charge.refund.updated", ignoredReason: null },
      });
    });
  });
});
