import { and, eq, gt, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { localEngineRuns, localEngineSteps } from "@/lib/db/schema";

/**
 * Records a step's result exactly once: `{ data }`, `{ error }`, `null` (a sleep) or an event (a wait). A second
 * result for the same step is ignored, so a step can never be memoised twice.
 */
export async function memoizeStep(db: Executor, runId: string, stepId: string, output: unknown, now: Date): Promise<boolean> {
  const rows = await db
    .insert(localEngineSteps)
    .values({ runId, stepId, output: output ?? null, createdAt: now })
    .onConflictDoNothing()
    .returning({ stepId: localEngineSteps.stepId });
  return rows.length > 0;
}

/** The memoised steps of a run, keyed by hashed step id, and the order they finished in. */
export async function loadMemoizedSteps(db: Executor, runId: string): Promise<{ steps: Record<string, unknown>; stack: string[] }> {
  const rows = await db
    .select({ stepId: localEngineSteps.stepId, output: localEngineSteps.output })
    .from(localEngineSteps)
    .where(eq(localEngineSteps.runId, runId))
    .orderBy(localEngineSteps.seq);
  const steps: Record<string, unknown> = {};
  for (const row of rows) steps[row.stepId] = row.output ?? null;
  return { steps, stack: rows.map((row) => row.stepId) };
}

export async function memoizedStepIds(db: Executor, runId: string, stepIds: string[]): Promise<Set<string>> {
  if (stepIds.length === 0) return new Set();
  const rows = await db
    .select({ stepId: localEngineSteps.stepId })
    .from(localEngineSteps)
    .where(and(eq(localEngineSteps.runId, runId), inArray(localEngineSteps.stepId, stepIds)));
  return new Set(rows.map((row) => row.stepId));
}

/** Brings a queued run forward to `now` (a wait it was on has been resolved). */
export async function wakeRun(db: Executor, runId: string, now: Date): Promise<void> {
  await db
    .update(localEngineRuns)
    .set({ runAt: now })
    .where(and(eq(localEngineRuns.runId, runId), eq(localEngineRuns.status, "queued"), gt(localEngineRuns.runAt, now)));
}
