import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { localEngineRuns, type LocalEngineRun } from "@/lib/db/schema";

/** The run, locked, if this worker still holds its lease; null when the lease was lost (and the result is void). */
export async function lockLeasedRun(db: Executor, runId: string, leaseToken: string): Promise<LocalEngineRun | null> {
  const rows = await db
    .select()
    .from(localEngineRuns)
    .where(and(eq(localEngineRuns.runId, runId), eq(localEngineRuns.leaseToken, leaseToken), eq(localEngineRuns.status, "running")))
    .for("update");
  return rows[0] ?? null;
}

/** Extends the leases of runs whose calls are still in flight. */
export async function renewLease(db: Executor, runId: string, leaseToken: string, until: Date): Promise<void> {
  await db
    .update(localEngineRuns)
    .set({ leaseUntil: until })
    .where(and(eq(localEngineRuns.runId, runId), eq(localEngineRuns.leaseToken, leaseToken), eq(localEngineRuns.status, "running")));
}

/** Gives a claimed run back to the queue untouched (the engine is stopping before its call finished). */
export async function releaseLease(db: Executor, runId: string, leaseToken: string, runAt: Date): Promise<void> {
  await db
    .update(localEngineRuns)
    .set({ status: "queued", leaseToken: null, leaseUntil: null, runAt })
    .where(and(eq(localEngineRuns.runId, runId), eq(localEngineRuns.leaseToken, leaseToken), eq(localEngineRuns.status, "running")));
}

/**
 * Puts back in the queue the runs whose worker died mid-call (lease expired). Their last call is made again, so a
 * step whose result never reached the engine runs again: at-least-once, as on the Inngest server.
 */
export async function recoverExpiredLeases(db: Executor, now: Date): Promise<number> {
  const rows = await db
    .update(localEngineRuns)
    .set({ status: "queued", leaseToken: null, leaseUntil: null, runAt: now })
    .where(and(eq(localEngineRuns.status, "running"), lt(localEngineRuns.leaseUntil, now)))
    .returning({ runId: localEngineRuns.runId });
  return rows.length;
}
