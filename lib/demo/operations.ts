import type { Executor } from "@/lib/db/open-database";
import { connections, engineRuns, settings, webhookInbox } from "@/lib/db/schema";
import { insertAttention } from "./attention-items";
import { insertAudit } from "./audit-trail";
import { insertInBatches, insertReturningInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { Random } from "./random";
import { insertReconciliation } from "./reconciliation-history";
import type { SeedIds } from "./seed-ids";
import { demoLightspeedAccountId, demoStores, demoStripeAccountId } from "./stores";
import { buildInboxEntries } from "./webhook-events";

const minuteMs = 60_000;

export const demoSettings: Record<string, unknown> = {
  poll_interval_seconds: 5,
  default_lead_time_days: 14,
  safety_stock_days: 7,
  edit_policy: "lightspeed_wins",
};

function runId(random: Random): string {
  return `01${random.token(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`;
}

/** Inbox, engine runs, one reconciliation with its drift, what needs the owner, the audit trail, connections and settings. */
export async function insertOperations(db: Executor, plan: DemoShopPlan, ids: SeedIds, random: Random): Promise<Record<string, number>> {
  const { now } = plan;
  const entries = buildInboxEntries(random, plan);
  const inboxRows = await insertReturningInBatches(
    entries.map((entry) => {
      const sentAt = new Date(entry.receivedAt.getTime() + random.int(10, 60));
      return {
        provider: entry.provider,
        providerEventId: entry.providerEventId,
        topic: entry.topic,
        shopDomain: entry.shopDomain,
        headers: entry.headers,
        rawBody: entry.rawBody,
        status: entry.status,
        statusReason: entry.statusReason,
        attempts: entry.attempts,
        lastError: entry.lastError,
        receivedAt: entry.receivedAt,
        sentAt,
        finishedAt: entry.status === "sent" ? null : new Date(sentAt.getTime() + (entry.status === "failed" ? 31 * minuteMs : random.int(400, 3000))),
      };
    }),
    (batch) => db.insert(webhookInbox).values(batch).returning({ id: webhookInbox.id, providerEventId: webhookInbox.providerEventId }),
  );
  const inboxIds = new Map(inboxRows.map((row) => [row.providerEventId, row.id]));
  const inboxIdOf = (tag: string): number | null => {
    const entry = entries.find((candidate) => candidate.tag === tag);
    return entry ? (inboxIds.get(entry.providerEventId) ?? null) : null;
  };

  const reconciliationStartedAt = new Date(plan.reconciledAt.getTime() - 3 * minuteMs);
  const runs = [
    ...entries.map((entry) => ({
      runId: runId(random),
      functionId: entry.functionId,
      eventName: entry.eventName,
      eventId: entry.providerEventId,
      inboxId: inboxIds.get(entry.providerEventId) ?? null,
      status: entry.status === "sent" ? ("running" as const) : entry.status === "failed" ? ("failed" as const) : ("completed" as const),
      attempts: entry.attempts,
      error: entry.lastError,
      startedAt: new Date(entry.receivedAt.getTime() + 80),
      endedAt: entry.status === "sent" ? null : new Date(entry.receivedAt.getTime() + (entry.status === "failed" ? 31 * minuteMs : random.int(500, 3500))),
    })),
    ...Array.from({ length: 12 }, (_, index) => {
      const startedAt = new Date(now.getTime() - (index + 1) * 5000 - random.int(0, 400));
      return { runId: runId(random), functionId: "poll-lightspeed", eventName: "cron", eventId: null, inboxId: null, status: "completed" as const, attempts: 1, error: null, startedAt, endedAt: new Date(startedAt.getTime() + random.int(180, 900)) };
    }),
    { runId: runId(random), functionId: "reconcile-stock", eventName: "cron", eventId: null, inboxId: null, status: "completed" as const, attempts: 1, error: null, startedAt: reconciliationStartedAt, endedAt: new Date(plan.reconciledAt.getTime() + 40_000) },
  ];
  const engineRunCount = await insertInBatches(runs, (batch) => db.insert(engineRuns).values(batch));

  const drift = await insertReconciliation(db, plan, ids, reconciliationStartedAt);
  const attentionCount = await insertAttention(db, plan, ids, { paymentInbox: inboxIdOf("payment-without-lines"), failedInbox: inboxIdOf("failed") });
  const auditCount = await insertAudit(db, plan, ids, drift.ownerRepairedId);

  const lastStripe = [...plan.orders].reverse().find((order) => order.channel === "stripe");
  const lastStoreSale = [...plan.orders].reverse().find((order) => order.channel === "in_store");
  const lastLevel = [...plan.ledger.onHand.values()].reduce((latest, level) => (level.sourceTimestamp > latest ? level.sourceTimestamp : latest), plan.ledger.story.countAt);
  const connectionRows = [
    {
      system: "lightspeed" as const,
      account: demoLightspeedAccountId,
      lastSuccessAt: new Date(now.getTime() - 3000),
      cursor: { saleTimeStamp: (lastStoreSale?.placedAt ?? now).toISOString(), itemShopTimeStamp: lastLevel.toISOString() },
    },
    ...demoStores.map((store) => ({ system: "shopify" as const, account: store.domain, lastSuccessAt: new Date(now.getTime() - random.int(20, 90) * 1000), cursor: null })),
    { system: "stripe" as const, account: demoStripeAccountId, lastSuccessAt: lastStripe?.placedAt ?? now, cursor: null },
  ];
  await db.insert(connections).values(connectionRows);
  await db.insert(settings).values(Object.entries(demoSettings).map(([key, value]) => ({ key, value, updatedAt: plan.windowStart, updatedBy: ids.ownerId })));
  return {
    webhookInbox: inboxRows.length,
    engineRuns: engineRunCount,
    reconciliationRuns: 1,
    driftReports: drift.count,
    attentionItems: attentionCount,
    auditLog: auditCount,
    connections: connectionRows.length,
    settings: Object.keys(demoSettings).length,
  };
}
