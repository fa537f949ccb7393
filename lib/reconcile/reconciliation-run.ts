import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { driftReports, items, reconciliationRuns } from "@/lib/db/schema";

/** A queued run (on demand: the owner who asked; scheduled: nobody). The engine picks it up by its id. */
export async function createReconciliationRun(db: Executor, input: { triggeredBy: number | null; now: Date }): Promise<number> {
  const [run] = await db
    .insert(reconciliationRuns)
    .values({ status: "queued", triggeredBy: input.triggeredBy, startedAt: input.now })
    .returning({ id: reconciliationRuns.id });
  if (!run) throw new Error("the reconciliation run was not created");
  return run.id;
}

/** The run starts: every SKU of the catalogue is to be checked. Returns that total. */
export async function startReconciliationRun(db: Executor, runId: number, now: Date): Promise<number> {
  const [row] = await db.select({ total: count() }).from(items);
  const total = Number(row?.total ?? 0);
  await db
    .update(reconciliationRuns)
    .set({ status: "running", totalSkus: total, checkedSkus: 0, driftingSkus: 0, startedAt: now, finishedAt: null })
    .where(eq(reconciliationRuns.id, runId));
  return total;
}

/** Adds checked SKUs and recounts the drifting ones (distinct SKUs with a drift report in this run). */
export async function advanceReconciliationRun(db: Executor, runId: number, checked: number): Promise<void> {
  await db
    .update(reconciliationRuns)
    .set({
      checkedSkus: sql`least(${reconciliationRuns.totalSkus}, ${reconciliationRuns.checkedSkus} + ${checked})`,
      driftingSkus: sql`(select count(distinct ${driftReports.itemId}) from ${driftReports} where ${driftReports.reconciliationRunId} = ${runId})`,
    })
    .where(eq(reconciliationRuns.id, runId));
}

export async function finishReconciliationRun(db: Executor, runId: number, status: "completed" | "failed", now: Date): Promise<void> {
  await advanceReconciliationRun(db, runId, 0);
  await db
    .update(reconciliationRuns)
    .set({
      status,
      finishedAt: now,
      ...(status === "completed" ? { checkedSkus: sql`${reconciliationRuns.totalSkus}` } : {}),
    })
    .where(eq(reconciliationRuns.id, runId));
}

/**
 * The engine gave up on a run: mark it failed. Without its id (a scheduled run failed before saying which row it
 * opened), the newest unfinished scheduled run is the one.
 */
export async function failUnfinishedRun(db: Executor, runId: number | null, now: Date): Promise<number | null> {
  const id =
    runId ??
    (
      await db
        .select({ id: reconciliationRuns.id })
        .from(reconciliationRuns)
        .where(and(isNull(reconciliationRuns.triggeredBy), inArray(reconciliationRuns.status, ["queued", "running"])))
        .orderBy(desc(reconciliationRuns.id))
        .limit(1)
    )[0]?.id ??
    null;
  if (id === null) return null;
  await db
    .update(reconciliationRuns)
    .set({ status: "failed", finishedAt: now })
    .where(and(eq(reconciliationRuns.id, id), inArray(reconciliationRuns.status, ["queued", "running"])));
  return id;
}
