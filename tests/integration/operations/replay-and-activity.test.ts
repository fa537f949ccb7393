import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, engineRuns, webhookInbox } from "@/lib/db/schema";
import { getInboxEntry } from "@/lib/operations/get-inbox-entry";
import { listAuditLog } from "@/lib/operations/list-audit-log";
import { listEngineRuns } from "@/lib/operations/list-engine-runs";
import { listInbox } from "@/lib/operations/list-inbox";
import { replayRequestSchema, requestReplay } from "@/lib/operations/request-replay";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedStockFixture, type StockFixture } from "../stock/stock-fixture";

describe.each(testDatabaseKinds())("replay and activity on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: StockFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedStockFixture(database.db);
    await database.db.insert(engineRuns).values([
      { runId: "run-1", functionId: "shopify-customers-update", eventName: "shopify/customers.update", eventId: "wh-failed-1", inboxId: fixture.inboxIds.failed, status: "failed", attempts: 5, error: "503" },
      { runId: "run-2", functionId: "stripe-payment-intent-succeeded", eventName: "stripe/payment_intent.succeeded", inboxId: fixture.inboxIds.processed, status: "completed", attempts: 1 },
      { runId: "run-3", functionId: "poll-lightspeed", eventName: "cron", status: "completed", attempts: 1 },
    ]);
  });
  afterAll(() => database.dispose());

  const inboxRow = async (id: number) => (await database.db.select().from(webhookInbox).where(eq(webhookInbox.id, id)))[0];

  it("validates the replay form", () => {
    expect(replayRequestSchema.safeParse({ inboxId: "abc" }).success).toBe(false);
    expect(replayRequestSchema.safeParse({ inboxId: "-1" }).success).toBe(false);
    expect(replayRequestSchema.safeParse({ inboxId: "3", reason: "x".repeat(501) }).success).toBe(false);
    expect(replayRequestSchema.parse({ inboxId: "3", reason: "  " })).toEqual({ inboxId: 3, reason: null });
    expect(replayRequestSchema.parse({ inboxId: "3" })).toEqual({ inboxId: 3, reason: null });
  });

  it("queues a failed event for replay: status back to received, attempts kept, audited, with what to send", async () => {
    const result = await requestReplay(database.db, { inboxId: fixture.inboxIds.failed, reason: "Lightspeed is back" }, fixture.ownerId);
    expect(result).toEqual({
      queued: true,
      send: {
        inboxId: fixture.inboxIds.failed,
        provider: "shopify",
        providerEventId: "wh-failed-1",
        topic: "customers/update",
        shopDomain: "main.myshopify.com",
        engineEventId: "shopify:wh-failed-1:replay-1",
        replayNumber: 1,
      },
    });
    const entry = await inboxRow(fixture.inboxIds.failed);
    expect(entry).toMatchObject({ status: "received", attempts: 5, lastError: "Lightspeed PUT Customer: 503", sentAt: null, finishedAt: null });
    expect(entry?.statusReason).toMatch(/queued for replay/i);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.subjectId, String(fixture.inboxIds.failed)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorUserId: fixture.ownerId,
      action: "inbox.replay",
      subjectType: "webhook_inbox",
      before: expect.objectContaining({ status: "failed", attempts: 5 }),
      after: expect.objectContaining({ status: "received", attempts: 5 }),
      reason: "Lightspeed is back",
    });
  });

  it("refuses an entry that is queued, in flight or done, and an unknown one, changing nothing", async () => {
    expect(await requestReplay(database.db, { inboxId: fixture.inboxIds.failed, reason: null }, fixture.ownerId)).toEqual({ queued: false, reason: "not-replayable", status: "received" });
    expect(await requestReplay(database.db, { inboxId: fixture.inboxIds.processed, reason: null }, fixture.ownerId)).toEqual({ queued: false, reason: "not-replayable", status: "processed" });
    expect(await requestReplay(database.db, { inboxId: 999_999, reason: null }, fixture.ownerId)).toEqual({ queued: false, reason: "not-found" });
    expect(await database.db.select().from(auditLog)).toHaveLength(1);
  });

  it("replays an ignored event, and a second replay of one entry gets an event id of its own", async () => {
    const first = await requestReplay(database.db, { inboxId: fixture.inboxIds.echo, reason: null }, fixture.ownerId);
    expect(first.queued && first.send.engineEventId).toBe("shopify:wh-echo-1:replay-1");
    await database.db.update(webhookInbox).set({ status: "ignored" }).where(eq(webhookInbox.id, fixture.inboxIds.echo));
    const second = await requestReplay(database.db, { inboxId: fixture.inboxIds.echo, reason: null }, fixture.ownerId);
    expect(second.queued && second.send.engineEventId).toBe("shopify:wh-echo-1:replay-2");
  });

  it("lists the inbox newest first with filters and counts per status, without bodies", async () => {
    const all = await listInbox(database.db, { page: 1 });
    expect(all.total).toBe(4);
    expect(all.rows.map((row) => row.providerEventId)).toEqual(["wh-echo-1", "evt_fixture1", "wh-failed-1", "wh-order-1"]);
    expect(all.rows[0]).not.toHaveProperty("rawBody");
    expect(all.topics).toEqual(["customers/update", "inventory_levels/update", "orders/create", "payment_intent.succeeded"]);
    expect(Object.fromEntries(all.statusCounts)).toEqual({ received: 2, processed: 2 });
    const shopifyReceived = await listInbox(database.db, { provider: "shopify", status: "received", page: 1 });
    expect(shopifyReceived.rows.map((row) => row.providerEventId)).toEqual(["wh-echo-1", "wh-failed-1"]);
    const byTopic = await listInbox(database.db, { topic: "orders/create", page: 7 });
    expect(byTopic).toMatchObject({ total: 1, page: 1 });
    expect((await listInbox(database.db, { provider: "stripe", topic: "orders/create", page: 1 })).rows).toEqual([]);
  });

  it("shows one entry's headers and body without secrets, with its engine runs", async () => {
    const order = await getInboxEntry(database.db, fixture.inboxIds.order);
    expect(order?.headers).toEqual([
      ["x-shopify-shop-domain", "main.myshopify.com"],
      ["x-shopify-topic", "orders/create"],
    ]);
    const payment = await getInboxEntry(database.db, fixture.inboxIds.processed);
    expect(payment?.body.kind).toBe("json");
    expect(payment?.body.text).toContain('"id": "pi_fixture1"');
    expect(payment?.body.text).not.toContain("pi_fixture1_secret_abc");
    expect(payment?.runs.map((run) => run.runId)).toEqual(["run-2"]);
    expect(await getInboxEntry(database.db, 999_999)).toBeNull();
  });

  it("lists engine runs by provider and status", async () => {
    expect((await listEngineRuns(database.db, { page: 1 })).total).toBe(3);
    expect((await listEngineRuns(database.db, { provider: "shopify", page: 1 })).rows.map((run) => run.runId)).toEqual(["run-1"]);
    expect((await listEngineRuns(database.db, { runStatus: "completed", page: 1 })).rows.map((run) => run.runId).sort()).toEqual(["run-2", "run-3"]);
  });

  it("lists the audit log newest first with who did it", async () => {
    const audit = await listAuditLog(database.db, { page: 1 });
    expect(audit.total).toBe(3);
    expect(audit.rows[0]).toMatchObject({ action: "inbox.replay", actorName: "Olivia Owner", actorEmail: "owner@example.com" });
  });
});
