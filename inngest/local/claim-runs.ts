import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { localEngineRuns, type LocalEngineRun } from "@/lib/db/schema";
import { recordRunsStarted } from "./record-activity";

export type ClaimedRun = LocalEngineRun & { leaseToken: string };

/**
 * Claims up to `limit` due runs for this worker: queued runs whose time has come, the longest due first (a run
 * of a function with `priority.run` counts as due that many seconds earlier), locked with
 * `FOR UPDATE SKIP LOCKED` so concurrent workers never claim the same run, and admitted only while every
 * concurrency key they count against is below its limit (a transaction-scoped advisory lock per key makes the
 * count and the claim atomic across workers). A claimed run is `running` under a lease until its call is applied.
 */
export async function claimRuns(db: Database, params: { now: Date; limit: number; leaseMs: number; window?: number }): Promise<ClaimedRun[]> {
  if (params.limit <= 0) return [];
  const leaseToken = randomUUID();
  const claimed = await db.transaction(async (tx) => {
    const candidates = await tx
      .select({ runId: localEngineRuns.runId, concurrency: localEngineRuns.concurrency })
      .from(localEngineRuns)
      .where(and(eq(localEngineRuns.status, "queued"), lte(localEngineRuns.runAt, params.now)))
      .orderBy(sql`${localEngineRuns.runAt} - make_interval(secs => ${localEngineRuns.prioritySeconds})`, asc(localEngineRuns.runId))
      .limit(params.window ?? Math.max(100, params.limit * 4))
      .for("update", { skipLocked: true });
    const keys = [...new Set(candidates.flatMap((candidate) => candidate.concurrency.map((rule) => rule.key)))].sort();
    const running = new Map<string, number>();
    if (keys.length > 0) {
      for (const key of keys) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
      const counts = await queryRows(
        tx,
        sql`select key, count(*) as count from ${localEngineRuns}, unnest(${localEngineRuns.concurrencyKeys}) as key
            where ${localEngineRuns.status} = 'running' and key in (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})
            group by key`,
        z.object({ key: z.string(), count: z.coerce.number() }),
      );
      for (const row of counts) running.set(row.key, row.count);
    }
    const admitted: string[] = [];
    for (const candidate of candidates) {
      if (admitted.length >= params.limit) break;
      if (!candidate.concurrency.every((rule) => (running.get(rule.key) ?? 0) < rule.limit)) continue;
      admitted.push(candidate.runId);
      for (const key of new Set(candidate.concurrency.map((rule) => rule.key))) running.set(key, (running.get(key) ?? 0) + 1);
    }
    if (admitted.length === 0) return [];
    const rows = await tx
      .update(localEngineRuns)
      .set({ status: "running", leaseToken, leaseUntil: new Date(params.now.getTime() + params.leaseMs) })
      .where(inArray(localEngineRuns.runId, admitted))
      .returning();
    await recordRunsStarted(tx, admitted);
    return rows;
  });
  return claimed.map((run) => ({ ...run, leaseToken }));
}
