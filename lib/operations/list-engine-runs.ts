import { and, count, desc, eq, like, type SQL } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { engineRuns } from "@/lib/db/schema";
import type { ActivitySearch } from "./activity-search";
import { hideConfiguredSecretsIn } from "./redact-secrets";

export const runsPageSize = 50;

/** Engine runs, newest first, by provider (the event name's prefix, `shopify/…`) and run status, one page at a time. */
export async function listEngineRuns(db: Executor, search: Pick<ActivitySearch, "provider" | "runStatus" | "page">) {
  const where: SQL | undefined = and(
    search.provider ? like(engineRuns.eventName, `${search.provider}/%`) : undefined,
    search.runStatus ? eq(engineRuns.status, search.runStatus) : undefined,
  );
  const [totals] = await db.select({ total: count() }).from(engineRuns).where(where);
  const total = Number(totals?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / runsPageSize));
  const page = Math.min(search.page, pageCount);
  const rows = await db
    .select({
      id: engineRuns.id,
      runId: engineRuns.runId,
      functionId: engineRuns.functionId,
      eventName: engineRuns.eventName,
      eventId: engineRuns.eventId,
      inboxId: engineRuns.inboxId,
      status: engineRuns.status,
      attempts: engineRuns.attempts,
      error: engineRuns.error,
      startedAt: engineRuns.startedAt,
      endedAt: engineRuns.endedAt,
    })
    .from(engineRuns)
    .where(where)
    .orderBy(desc(engineRuns.startedAt), desc(engineRuns.id))
    .limit(runsPageSize)
    .offset((page - 1) * runsPageSize);
  return { rows: rows.map((row) => ({ ...row, error: hideConfiguredSecretsIn(row.error) })), total, page, pageCount };
}

export type EngineRunRow = Awaited<ReturnType<typeof listEngineRuns>>["rows"][number];
