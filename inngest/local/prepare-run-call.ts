import { and, eq } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/open-database";
import { localEngineRuns, localEngineWaits } from "@/lib/db/schema";
import { loadMemoizedSteps, memoizeStep, memoizedStepIds } from "./memoize-step";
import { lockLeasedRun } from "./run-lease";
import { parsePending, type PendingOp } from "./step-op";

export type RunCall = { kind: "call"; stepId: string; steps: Record<string, unknown>; stack: string[] };
export type PreparedRun = RunCall | { kind: "waiting" } | { kind: "lost" };

/**
 * Decides what a claimed run does next. Sleeps, waits and invocations that are due are resolved first (a sleep
 * memoises `null`, a timed-out wait `null`, a timed-out invocation an error). Then: the step being retried, else the
 * next planned step, else (with only waits left) back to the queue until the earliest is due, else a discovery call.
 */
export async function prepareRunCall(db: Database, runId: string, leaseToken: string, now: Date): Promise<PreparedRun> {
  return db.transaction(async (tx) => {
    const run = await lockLeasedRun(tx, runId, leaseToken);
    if (!run) return { kind: "lost" };
    const pending = parsePending(run.pending);
    const memoized = await memoizedStepIds(tx, runId, pending.map((item) => item.id));
    const remaining: PendingOp[] = [];
    for (const item of pending) {
      if (memoized.has(item.id)) continue;
      if (item.op !== "StepPlanned" && Date.parse(item.wakeAt) <= now.getTime()) {
        await resolveDue(tx, runId, item, now);
        continue;
      }
      remaining.push(item);
    }
    if (remaining.length !== pending.length) await tx.update(localEngineRuns).set({ pending: remaining }).where(eq(localEngineRuns.runId, runId));
    const planned = remaining.find((item) => item.op === "StepPlanned");
    const stepId = run.nextStepId ?? planned?.id ?? (remaining.length === 0 ? "step" : null);
    if (stepId === null) {
      const wakeAt = Math.min(...remaining.map((item) => (item.op === "StepPlanned" ? now.getTime() : Date.parse(item.wakeAt))));
      await tx
        .update(localEngineRuns)
        .set({ status: "queued", leaseToken: null, leaseUntil: null, runAt: new Date(wakeAt) })
        .where(eq(localEngineRuns.runId, runId));
      return { kind: "waiting" };
    }
    const { steps, stack } = await loadMemoizedSteps(tx, runId);
    return { kind: "call", stepId, steps, stack };
  });
}

async function resolveDue(db: Executor, runId: string, item: Exclude<PendingOp, { op: "StepPlanned" }>, now: Date): Promise<void> {
  if (item.op === "Sleep") {
    await memoizeStep(db, runId, item.id, null, now);
    return;
  }
  if (item.op === "WaitForEvent") {
    await memoizeStep(db, runId, item.id, null, now);
    await db.delete(localEngineWaits).where(and(eq(localEngineWaits.runId, runId), eq(localEngineWaits.stepId, item.id)));
    return;
  }
  await memoizeStep(
    db,
    runId,
    item.id,
    { error: { name: "InngestInvokeTimeoutError", message: "Timed out waiting for the invoked function to complete" } },
    now,
  );
}
