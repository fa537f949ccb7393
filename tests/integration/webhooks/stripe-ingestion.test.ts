import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { acceptStripeWebhook, type StripeWebhookDeps } from "@/lib/webhooks/accept-stripe-webhook";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { stripeDelivery, stripeEvent, stripeFixture, stripeSecret } from "../../unit/webhooks/support/deliveries";
import { clearInbox, fakeEngine, inboxRows } from "./support";

class RolledBack extends Error {
  constructor(readonly answer: unknown) {
    super("rolled back");
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe.each(testDatabaseKinds())("Stripe webhook ingestion (%s)", (kind) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  const engine = fakeEngine();
  const deps = (overrides: Partial<StripeWebhookDeps> = {}): StripeWebhookDeps => ({
    secrets: [stripeSecret],
    mode: "test",
    send: engine.send,
    sendTimeoutMs: 200,
    ...overrides,
  });
  const accept = (delivery: WebhookDelivery, overrides: Partial<StripeWebhookDeps> = {}) => acceptStripeWebhook(db, delivery, deps(overrides));

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    db = handle.db;
  });
  afterAll(async () => handle.dispose());
  beforeEach(async () => {
    engine.reset();
    await clearInbox(db);
  });

  it("records a signed payment once, hands it to the engine as stripe:<event id>, and answers 200", async () => {
    const body = stripeEvent("payment_intent.succeeded", { id: "evt_payment0001" });
    expect(await accept(stripeDelivery({ body }))).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    const rows = await inboxRows(db);
    expect(rows).toMatchObject([
      {
        provider: "stripe",
        providerEventId: "evt_payment0001",
        topic: "payment_intent.succeeded",
        shopDomain: null,
        rawBody: body,
        status: "sent",
        attempts: 1,
        headers: { "stripe-api-version": "2026-10-28.endive" },
      },
    ]);
    expect(JSON.stringify(rows[0]?.headers)).not.toMatch(/v1=|whsec_/);
    expect(engine.received).toEqual([
      { id: "stripe:evt_payment0001", data: { inboxId: rows[0]?.id, provider: "stripe", topic: "payment_intent.succeeded" } },
    ]);
  });

  it("acknowledges a redelivery (signed again, later) without a second row or hand-off", async () => {
    const body = stripeEvent("refund.created", { id: "evt_refund0001" });
    await accept(stripeDelivery({ body, timestamp: nowSeconds() - 100 }));
    expect(await accept(stripeDelivery({ body }))).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    expect(await inboxRows(db)).toHaveLength(1);
    expect(engine.received).toHaveLength(1);
  });

  it("stores nothing for a forged, stale, tampered or missing signature: 401", async () => {
    const body = stripeEvent("payment_intent.succeeded");
    const attempts: WebhookDelivery[] = [
      stripeDelivery({ body, secret: "whsec_forged" }),
      stripeDelivery({ body, timestamp: nowSeconds() - 301 }),
      { ...stripeDelivery({ body }), rawBody: body.replace("\"livemode\":false", "\"livemode\":true") },
      stripeDelivery({ body, header: null }),
    ];
    for (const delivery of attempts) expect(await accept(delivery)).toEqual({ status: 401, body: { error: "invalid signature" } });
    expect(await inboxRows(db)).toEqual([]);
    expect(engine.received).toEqual([]);
  });

  it("stores nothing when no secret is configured: 404", async () => {
    const answer = await accept(stripeDelivery({ body: stripeEvent("payment_intent.succeeded") }), { secrets: [] });
    expect(answer).toEqual({ status: 404, body: { error: "stripe webhooks are not configured" } });
    expect(await inboxRows(db)).toEqual([]);
  });

  it("keeps a live-mode event in a test-mode installation as ignored, with the reason, and does not hand it over", async () => {
    const answer = await accept(stripeDelivery({ body: stripeEvent("payment_intent.succeeded", { livemode: true, id: "evt_live0001" }) }));
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await inboxRows(db)).toMatchObject([
      { providerEventId: "evt_live0001", status: "ignored", statusReason: "live-mode event in a test-mode installation", attempts: 0 },
    ]);
    expect(engine.received).toEqual([]);
  });

  it("keeps an unhandled type and a signed non-event as ignored; a repeated non-event is one row", async () => {
    await accept(stripeDelivery({ body: stripeEvent("customer.created") }));
    await accept(stripeDelivery({ body: "{\"broken\":" }));
    await accept(stripeDelivery({ body: "{\"broken\":" }));
    const rows = await inboxRows(db);
    expect(rows.map((row) => [row.topic, row.status, row.statusReason])).toEqual([
      ["customer.created", "ignored", 'unhandled event type "customer.created"'],
      ["unknown", "ignored", "malformed payload"],
    ]);
    expect(rows[1]?.providerEventId).toMatch(/^malformed:[0-9a-f]{64}$/);
    expect(engine.received).toEqual([]);
  });

  it("still answers 200 when the engine is down, leaving the entry received", async () => {
    engine.setMode("down");
    expect(await accept(stripeDelivery({ body: stripeEvent("checkout.session.completed") }))).toEqual({
      status: 200,
      body: { received: true, outcome: "recorded" },
    });
    expect(await inboxRows(db)).toMatchObject([{ status: "received", attempts: 0, lastError: expect.stringMatching(/ECONNREFUSED/) }]);
  });

  it("answers 503 when the inbox cannot be written, so the provider delivers again, and hands nothing over", async () => {
    // Inside a transaction that has already failed, every write fails, as with a lost connection.
    const answer = await db
      .transaction(async (tx) => {
        await tx.execute(sql`select 1 / 0`).catch(() => {});
        const inner = await acceptStripeWebhook(tx, stripeDelivery({ body: stripeEvent("payment_intent.succeeded") }), deps());
        throw new RolledBack(inner);
      })
      .catch((error: unknown) => (error instanceof RolledBack ? error.answer : Promise.reject(error)));
    expect(answer).toEqual({ status: 503, body: { error: "temporarily unavailable" } });
    expect(engine.received).toEqual([]);
    expect(await inboxRows(db)).toEqual([]);
  });

  describe("real Stripe payloads (tests/contract/stripe/fixtures, from zulip/zulip, Apache-2.0)", () => {
    it("charge_succeeded_with_pi: acknowledged, recorded and handed over for processing (which makes it needs-attention)", async () => {
      const body = stripeFixture("charge_succeeded_with_pi");
      expect(await accept(stripeDelivery({ body }))).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
      expect(await inboxRows(db)).toMatchObject([
        { providerEventId: "evt_3TbGBUJEe0yY0QKr1eTEBGsV", topic: "charge.succeeded", status: "sent", rawBody: body },
      ]);
      expect(engine.received.map((event) => event.id)).toEqual(["stripe:evt_3TbGBUJEe0yY0QKr1eTEBGsV"]);
    });

    it("charge_succeeded_livemode_card: acknowledged, recorded, ignored with the reason", async () => {
      expect(await accept(stripeDelivery({ body: stripeFixture("charge_succeeded_livemode_card") }))).toMatchObject({ status: 200 });
      expect(await inboxRows(db)).toMatchObject([
        { providerEventId: "evt_1DbqCuDEQaroqDjsojJSNhmh", status: "ignored", statusReason: "live-mode event in a test-mode installation" },
      ]);
      expect(engine.received).toEqual([]);
    });

    it("charge_refund_updated_failed: acknowledged and recorded; ingestion changes no stock", async () => {
      expect(await accept(stripeDelivery({ body: stripeFixture("charge_refund_updated_failed") }))).toMatchObject({ status: 200 });
      expect(await inboxRows(db)).toMatchObject([{ providerEventId: "evt_1Gib6dHLwdCOCoR7mbMhSVu0", topic: "charge.refund.updated", status: "sent" }]);
      const movements = await db.query.stockMovements.findMany();
      expect(movements).toEqual([]);
    });
  });
});
