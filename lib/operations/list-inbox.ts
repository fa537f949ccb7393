import { and, asc, count, desc, eq, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { webhookInbox } from "@/lib/db/schema";
import type { ActivitySearch } from "./activity-search";
import { hideConfiguredSecretsIn } from "./redact-secrets";

export const inboxPageSize = 50;

function inboxConditions(search: Pick<ActivitySearch, "provider" | "topic">): SQL | undefined {
  return and(
    search.provider ? eq(webhookInbox.provider, search.provider) : undefined,
    search.topic ? eq(webhookInbox.topic, search.topic) : undefined,
  );
}

/**
 * The webhook inbox, newest first, filtered by provider, status and topic, one page at a time (without the raw
 * bodies), with the count per status under the provider and topic filters and the topics seen.
 */
export async function listInbox(db: Executor, search: Pick<ActivitySearch, "provider" | "status" | "topic" | "page">) {
  const where = and(inboxConditions(search), search.status ? eq(webhookInbox.status, search.status) : undefined);
  const [statusRows, topicRows] = await Promise.all([
    db.select({ status: webhookInbox.status, entries: count() }).from(webhookInbox).where(inboxConditions(search)).groupBy(webhookInbox.status),
    db.selectDistinct({ topic: webhookInbox.topic }).from(webhookInbox).orderBy(asc(webhookInbox.topic)),
  ]);
  const statusCounts = new Map(statusRows.map((row) => [row.status, Number(row.entries)]));
  const total = search.status ? (statusCounts.get(search.status) ?? 0) : [...statusCounts.values()].reduce((sum, entries) => sum + entries, 0);
  const pageCount = Math.max(1, Math.ceil(total / inboxPageSize));
  const page = Math.min(search.page, pageCount);
  const rows = await db
    .select({
      id: webhookInbox.id,
      provider: webhookInbox.provider,
      providerEventId: webhookInbox.providerEventId,
      topic: webhookInbox.topic,
      shopDomain: webhookInbox.shopDomain,
      status: webhookInbox.status,
      statusReason: webhookInbox.statusReason,
      attempts: webhookInbox.attempts,
      lastError: webhookInbox.lastError,
      receivedAt: webhookInbox.receivedAt,
      sentAt: webhookInbox.sentAt,
      finishedAt: webhookInbox.finishedAt,
    })
    .from(webhookInbox)
    .where(where)
    .orderBy(desc(webhookInbox.receivedAt), desc(webhookInbox.id))
    .limit(inboxPageSize)
    .offset((page - 1) * inboxPageSize);
  return {
    rows: rows.map((row) => ({ ...row, statusReason: hideConfiguredSecretsIn(row.statusReason), lastError: hideConfiguredSecretsIn(row.lastError) })),
    total,
    page,
    pageCount,
    statusCounts,
    topics: topicRows.map((row) => row.topic),
  };
}

export type InboxListing = Awaited<ReturnType<typeof listInbox>>;
export type InboxListRow = InboxListing["rows"][number];
