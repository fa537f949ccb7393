import { and, asc, eq, gte, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { webhookInbox } from "@/lib/db/schema";
import { inboxEntryMatches, inboxSourceMatch, type InboxSourceMatch } from "./inbox-source-match";

export type SourceInboxEntry = { id: number; topic: string; status: string };

const dayMs = 86_400_000;

function condition(match: InboxSourceMatch): SQL | undefined {
  return and(
    eq(webhookInbox.provider, match.provider),
    match.shopDomain === null ? undefined : eq(webhookInbox.shopDomain, match.shopDomain),
    match.topics === null ? undefined : inArray(webhookInbox.topic, [...match.topics]),
    or(...match.bodyContains.map((text) => sql`strpos(${webhookInbox.rawBody}, ${text}) > 0`)),
  );
}

/**
 * The inbox entries that brought each source event in (webhooks received from a day before `since` on), keyed by
 * source key, oldest first. One query; source keys without a webhook (Lightspeed, the portal) are skipped.
 */
export async function findSourceInboxEntries(
  db: Executor,
  { sourceKeys, since }: { sourceKeys: readonly string[]; since: Date },
): Promise<Map<string, SourceInboxEntry[]>> {
  const matchers = [...new Set(sourceKeys)].flatMap((sourceKey) => {
    const match = inboxSourceMatch(sourceKey);
    return match ? [{ sourceKey, match }] : [];
  });
  const found = new Map<string, SourceInboxEntry[]>();
  if (matchers.length === 0) return found;
  const rows = await db
    .select({
      id: webhookInbox.id,
      provider: webhookInbox.provider,
      shopDomain: webhookInbox.shopDomain,
      topic: webhookInbox.topic,
      status: webhookInbox.status,
      rawBody: webhookInbox.rawBody,
    })
    .from(webhookInbox)
    .where(and(gte(webhookInbox.receivedAt, new Date(since.getTime() - dayMs)), or(...matchers.map(({ match }) => condition(match)))))
    .orderBy(asc(webhookInbox.receivedAt), asc(webhookInbox.id));
  for (const { sourceKey, match } of matchers) {
    const entries = rows.filter((row) => inboxEntryMatches(match, row)).map(({ id, topic, status }) => ({ id, topic, status }));
    if (entries.length > 0) found.set(sourceKey, entries);
  }
  return found;
}
