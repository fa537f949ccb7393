import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { acceptShopifyWebhook } from "@/lib/webhooks/accept-shopify-webhook";
import {
  markInboxEntryFailed,
  markInboxEntryIgnored,
  markInboxEntryProcessed,
  markInboxEntrySent,
  noteInboxEntryError,
} from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { recordInboxEntry, type NewDelivery } from "@/lib/webhooks/record-inbox-entry";
import { sweepInbox } from "@/lib/webhooks/sweep-inbox";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { shopifyDelivery, testStores } from "../../unit/webhooks/support/deliveries";
import { clearInbox, fakeEngine, inboxRows } from "./support";

const minutes = (count: number) => count * 60_000;
let counter = 0;

function delivery(overrides: Partial<NewDelivery> = {}): NewDelivery {
  counter += 1;
  return {
    provider: "stripe",
    providerEventId: `evt_lifecycle${counter}`,
    topic: "payment_intent.succeeded",
    shopDomain: null,
    headers: {},
    rawBody: "{}",
    ignoredReason: null,
    ...overrides,
  };
}

describe.each(testDatabaseKinds())("inbox entries: marks and the sweep (%s)", (kind) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  const engine = fakeEngine();
  const now = new Date("2026-11-22T12:00:00.000Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);

  /** An entry in a given state, as if received and last handed over at the given times. */
  async function entry(state: { status: "received" | "sent" | "processed" | "ignored" | "failed"; receivedAt: Date; sentAt?: Date; attempts?: number }) {
    const recorded = await recordInboxEntry(db, delivery(), state.receivedAt);
    await db
      .update(webhookInbox)
      .set({ status: state.status, sentAt: state.sentAt ?? null, attempts: state.attempts ?? 0 })
      .where(eq(webhookInbox.id, recorded.entry.id));
    return recorded.entry;
  }

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    db = handle.db;
  });
  afterAll(async () => handle.dispose());
  beforeEach(async () => {
    engine.reset();
    await clearInbox(db);
  });

  describe("mark-inbox-entry", () => {
    it("moves received → sent → processed, counting hand-offs, and keeps processed final", async () => {
      const { entry: created } = await recordInboxEntry(db, delivery(), now);
      expect(await markInboxEntrySent(db, created.id, now)).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({ status: "sent", attempts: 1, sentAt: now });
      expect(await markInboxEntryProcessed(db, created.id, { reason: "needs attention: payment without lines", now })).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({
        status: "processed",
        statusReason: "needs attention: payment without lines",
        finishedAt: now,
      });
      // A late hand-off (the engine ran it before the route marked it sent) counts but does not reopen it.
      expect(await markInboxEntrySent(db, created.id, now)).toBe(true);
      expect(await markInboxEntryFailed(db, created.id, { error: "late duplicate run failed" })).toBe(false);
      expect(await markInboxEntryIgnored(db, created.id, "echo")).toBe(false);
      expect(await readInboxEntry(db, created.id)).toMatchObject({ status: "processed", attempts: 2 });
    });

    it("fails an entry with the error and a reason; a later successful run still marks it processed", async () => {
      const { entry: created } = await recordInboxEntry(db, delivery(), now);
      await markInboxEntrySent(db, created.id, now);
      expect(await noteInboxEntryError(db, created.id, "Lightspeed 503, retrying")).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({ status: "sent", lastError: "Lightspeed 503, retrying" });
      expect(await markInboxEntryFailed(db, created.id, { error: "Lightspeed 503 after 5 attempts", reason: "could not post the sale", now })).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({
        status: "failed",
        statusReason: "could not post the sale",
        lastError: "Lightspeed 503 after 5 attempts",
        finishedAt: now,
      });
      expect(await markInboxEntryProcessed(db, created.id)).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({ status: "processed" });
    });

    it("ignores an echo with its reason", async () => {
      const { entry: created } = await recordInboxEntry(db, delivery({ provider: "shopify", topic: "inventory_levels/update" }), now);
      expect(await markInboxEntryIgnored(db, created.id, "echo of the portal's own write", now)).toBe(true);
      expect(await readInboxEntry(db, created.id)).toMatchObject({ status: "ignored", statusReason: "echo of the portal's own write", finishedAt: now });
    });

    it("reads nothing for an unknown id", async () => {
      expect(await readInboxEntry(db, 987_654)).toBeNull();
      expect(await markInboxEntryProcessed(db, 987_654)).toBe(false);
    });
  });

  describe("sweepInbox", () => {
    it("re-sends an entry still received under its first id, and one sent long ago under a new one", async () => {
      const stuck = await entry({ status: "received", receivedAt: ago(minutes(3)) });
      const stale = await entry({ status: "sent", receivedAt: ago(minutes(30)), sentAt: ago(minutes(11)), attempts: 1 });
      const staler = await entry({ status: "sent", receivedAt: ago(minutes(60)), sentAt: ago(minutes(12)), attempts: 3 });

      expect(await sweepInbox(db, { send: engine.send }, { now })).toEqual({ resent: 3, sendFailed: 0, gaveUp: 0 });
      expect(engine.received.map((event) => event.id)).toEqual([
        `stripe:${staler.providerEventId}:sweep-3`,
        `stripe:${stale.providerEventId}:sweep-1`,
        `stripe:${stuck.providerEventId}`,
      ]);
      expect(await readInboxEntry(db, stuck.id)).toMatchObject({ status: "sent", attempts: 1, sentAt: now });
      expect(await readInboxEntry(db, stale.id)).toMatchObject({ status: "sent", attempts: 2, sentAt: now });
      expect(await readInboxEntry(db, staler.id)).toMatchObject({ status: "sent", attempts: 4, sentAt: now });

      // Ten minutes later, still unfinished: each goes out again, under yet another id.
      engine.reset();
      await sweepInbox(db, { send: engine.send }, { now: new Date(now.getTime() + minutes(11)) });
      expect(engine.received.map((event) => event.id)).toEqual([
        `stripe:${staler.providerEventId}:sweep-4`,
        `stripe:${stale.providerEventId}:sweep-2`,
        `stripe:${stuck.providerEventId}:sweep-1`,
      ]);
    });

    it("leaves alone what is fresh or finished", async () => {
      await entry({ status: "received", receivedAt: ago(30_000) });
      await entry({ status: "sent", receivedAt: ago(minutes(20)), sentAt: ago(minutes(9)), attempts: 1 });
      for (const status of ["processed", "ignored", "failed"] as const) await entry({ status, receivedAt: ago(minutes(60)), sentAt: ago(minutes(59)), attempts: 1 });
      expect(await sweepInbox(db, { send: engine.send }, { now })).toEqual({ resent: 0, sendFailed: 0, gaveUp: 0 });
      expect(engine.received).toEqual([]);
    });

    it("fails an entry handed over five times without finishing, instead of re-sending it forever", async () => {
      const hopeless = await entry({ status: "sent", receivedAt: ago(minutes(90)), sentAt: ago(minutes(11)), attempts: 5 });
      expect(await sweepInbox(db, { send: engine.send }, { now })).toEqual({ resent: 0, sendFailed: 0, gaveUp: 1 });
      expect(await readInboxEntry(db, hopeless.id)).toMatchObject({
        status: "failed",
        statusReason: "not finished after 5 hand-offs to the engine",
        lastError: "no processing run marked it finished",
        finishedAt: now,
      });
    });

    it("keeps entries received while the engine is away, and stops trying after three failures in a row", async () => {
      for (let index = 0; index < 5; index += 1) await entry({ status: "received", receivedAt: ago(minutes(6 - index)) });
      engine.setMode("down");
      expect(await sweepInbox(db, { send: engine.send }, { now })).toEqual({ resent: 0, sendFailed: 3, gaveUp: 0 });
      const rows = await inboxRows(db);
      expect(rows.every((row) => row.status === "received" && row.attempts === 0)).toBe(true);
      expect(rows.filter((row) => row.lastError !== null)).toHaveLength(3);
      engine.setMode("up");
      expect(await sweepInbox(db, { send: engine.send }, { now })).toEqual({ resent: 5, sendFailed: 0, gaveUp: 0 });
    });

    it("after a failed send from the route, the sweep hands the entry over under the id the engine may already have", async () => {
      engine.setMode("down");
      const webhook = shopifyDelivery({ body: "{\"id\":1}" });
      await acceptShopifyWebhook(db, webhook, { stores: testStores, send: engine.send, now: () => ago(minutes(2)) });
      engine.setMode("up");
      expect(await sweepInbox(db, { send: engine.send }, { now })).toMatchObject({ resent: 1 });
      expect(engine.accepted.map((event) => event.id)).toEqual([`shopify:${webhook.webhookId}`]);
      expect(await inboxRows(db)).toMatchObject([{ status: "sent", attempts: 1, lastError: null }]);
    });

    it("re-sends oldest first, at most a batch per run", async () => {
      for (let index = 0; index < 4; index += 1) await entry({ status: "received", receivedAt: ago(minutes(10 - index)) });
      expect(await sweepInbox(db, { send: engine.send }, { now, batchSize: 3 })).toMatchObject({ resent: 3 });
      expect(await sweepInbox(db, { send: engine.send }, { now, batchSize: 3 })).toMatchObject({ resent: 1 });
    });
  });
});
