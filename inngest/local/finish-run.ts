import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { localEngineRuns, localEngineWaits, type LocalEngineRun } from "@/lib/db/schema";
import { engineEventSchema, internalEventNames } from "./engine-event";
import { memoizeStep, wakeRun } from "./memoize-step";
import { storeEvent } from "./receive-events";
import { recordRunFinished } from "./record-activity";
import type { SerializedError } from "./step-op";
import { ulid } from "./ulid";

export type RunOutcome = { status: "completed"; output: unknown } | { status: "failed"; error: SerializedError };

/**
 * Ends a run: stores its output or error, clears its waits, updates the Activity row, hands the result to the run
 * that invoked it (if any), and emits `inngest/function.failed` for a failure so `onFailure` handlers run.
 */
export async function finishRun(tx: Executor, run: LocalEngineRun, outcome: RunOutcome, now: Date): Promise<void> {
  await tx
    .update(localEngineRuns)
    .set({
      status: outcome.status,
      output: outcome.status === "completed" ? (outcome.output ?? null) : null,
      error: outcome.status === "failed" ? outcome.error : null,
      failures: run.failures,
      pending: [],
      nextStepId: null,
      leaseToken: null,
      leaseUntil: null,
      endedAt: now,
    })
    .where(eq(localEngineRuns.runId, run.runId));
  await tx.delete(localEngineWaits).where(eq(localEngineWaits.runId, run.runId));
  await recordRunFinished(
    tx,
    run.runId,
    { status: outcome.status, failures: run.failures, error: outcome.status === "failed" ? outcome.error : null },
    now,
  );
  if (run.parentRunId && run.parentStepId) {
    const result = outcome.status === "completed" ? { data: outcome.output ?? null } : { error: outcome.error };
    await memoizeStep(tx, run.parentRunId, run.parentStepId, result, now);
    await wakeRun(tx, run.parentRunId, now);
  }
  const event = engineEventSchema.safeParse(run.event);
  if (outcome.status === "failed" && event.success && event.data.name !== internalEventNames.functionFailed) {
    await storeEvent(
      tx,
      {
        id: ulid(now),
        name: internalEventNames.functionFailed,
        data: { function_id: run.functionId, run_id: run.runId, error: outcome.error, event: event.data },
        ts: now.getTime(),
      },
      now,
    );
  }
}
