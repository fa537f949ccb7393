import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { engineRuns } from "@/lib/db/schema";
import type { EngineEvent } from "./engine-event";
import type { SerializedError } from "./step-op";

/** Keeps `engine_runs` (the Activity screen) in step with the engine's own runs. */

export async function recordRunQueued(db: Executor, run: { runId: string; functionId: string; event: EngineEvent }, now: Date): Promise<void> {
  const inboxId = run.event.data.inboxId;
  await db
    .insert(engineRuns)
    .values({
      runId: run.runId,
      functionId: run.functionId,
      eventName: run.event.name,
      eventId: run.event.id,
      inboxId: typeof inboxId === "number" && Number.isInteger(inboxId) ? inboxId : null,
      status: "queued",
      attempts: 0,
      startedAt: now,
    })
    .onConflictDoNothing();
}

export async function recordRunsStarted(db: Executor, runIds: string[]): Promise<void> {
  if (runIds.length === 0) return;
  await db
    .update(engineRuns)
    .set({ status: "running", attempts: 1 })
    .where(and(inArray(engineRuns.runId, runIds), eq(engineRuns.status, "queued")));
}

export async function recordRunAttemptFailed(db: Executor, runId: string, failures: number, error: SerializedError): Promise<void> {
  await db
    .update(engineRuns)
    .set({ attempts: failures + 1, error: describeSerializedError(error) })
    .where(eq(engineRuns.runId, runId));
}

export async function recordRunFinished(
  db: Executor,
  runId: string,
  outcome: { status: "completed" | "failed" | "cancelled"; failures: number; error: SerializedError | null },
  now: Date,
): Promise<void> {
  await db
    .update(engineRuns)
    .set({
      status: outcome.status,
      attempts: outcome.failures + 1,
      error: outcome.error ? describeSerializedError(outcome.error) : null,
      endedAt: now,
    })
    .where(eq(engineRuns.runId, runId));
}

function describeSerializedError(error: SerializedError): string {
  return `${error.name}: ${error.message}`.slice(0, 2000);
}
