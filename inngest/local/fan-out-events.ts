import { and, asc, eq, gt, isNull } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/open-database";
import { localEngineEvents, localEngineRuns, localEngineWaits } from "@/lib/db/schema";
import { createRun } from "./create-run";
import { engineEventSchema, type EngineEvent } from "./engine-event";
import { compileExpression } from "./expression";
import { eventNameMatches, type EngineFunction } from "./function-config";
import { memoizeStep, wakeRun } from "./memoize-step";

/**
 * Turns stored events into runs: one run per function with a matching trigger, and resolves `waitForEvent` steps
 * the event satisfies. Events are claimed with `FOR UPDATE SKIP LOCKED`, so they are fanned out exactly once.
 * Returns how many events were handled.
 */
export async function fanOutEvents(db: Database, functions: Iterable<EngineFunction>, now: Date, batchSize = 100): Promise<number> {
  const list = [...functions];
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: localEngineEvents.id, payload: localEngineEvents.payload })
      .from(localEngineEvents)
      .where(isNull(localEngineEvents.fannedOutAt))
      .orderBy(asc(localEngineEvents.id))
      .limit(batchSize)
      .for("update", { skipLocked: true });
    for (const row of rows) {
      const parsed = engineEventSchema.safeParse(row.payload);
      if (parsed.success) {
        const event: EngineEvent = parsed.data;
        for (const fn of list) {
          if (triggers(fn, event)) await createRun(tx, fn, event, now);
        }
        await resolveWaits(tx, event, now);
      }
      await tx.update(localEngineEvents).set({ fannedOutAt: now }).where(eq(localEngineEvents.id, row.id));
    }
    return rows.length;
  });
}

function triggers(fn: EngineFunction, event: EngineEvent): boolean {
  return fn.triggers.some(
    (trigger) => trigger.kind === "event" && eventNameMatches(trigger.event, event.name) && (!trigger.expression || trigger.expression.evaluate({ event }) === true),
  );
}

/** Memoises the event into every run waiting for it (SDK spec §5.3.3) and wakes those runs. */
async function resolveWaits(db: Executor, event: EngineEvent, now: Date): Promise<void> {
  const waits = await db
    .select({ runId: localEngineWaits.runId, stepId: localEngineWaits.stepId, expression: localEngineWaits.expression, runEvent: localEngineRuns.event })
    .from(localEngineWaits)
    .innerJoin(localEngineRuns, eq(localEngineRuns.runId, localEngineWaits.runId))
    .where(and(eq(localEngineWaits.eventName, event.name), gt(localEngineWaits.expiresAt, now)))
    .for("update", { of: localEngineWaits, skipLocked: true });
  for (const wait of waits) {
    if (wait.expression) {
      let matches = false;
      try {
        matches = compileExpression(wait.expression).evaluate({ event: wait.runEvent, async: event }) === true;
      } catch {
        matches = false;
      }
      if (!matches) continue;
    }
    await memoizeStep(db, wait.runId, wait.stepId, event, now);
    await db.delete(localEngineWaits).where(and(eq(localEngineWaits.runId, wait.runId), eq(localEngineWaits.stepId, wait.stepId)));
    await wakeRun(db, wait.runId, now);
  }
}
