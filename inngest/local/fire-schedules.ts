import { and, asc, eq, lte, min } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/open-database";
import { localEngineSchedules } from "@/lib/db/schema";
import { createRun } from "./create-run";
import { internalEventNames } from "./engine-event";
import type { EngineFunction } from "./function-config";
import { ulid } from "./ulid";

/**
 * Starts a run for every cron trigger that is due, with the `inngest/scheduled.timer` event, and moves the schedule
 * to its next firing. Claimed with `FOR UPDATE SKIP LOCKED` and advanced in the same transaction, so each firing
 * happens once. Firings missed while the engine was down collapse into one.
 */
export async function fireDueSchedules(db: Database, functions: ReadonlyMap<string, EngineFunction>, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(localEngineSchedules)
      .where(lte(localEngineSchedules.nextAt, now))
      .orderBy(asc(localEngineSchedules.nextAt))
      .limit(100)
      .for("update", { skipLocked: true });
    for (const schedule of due) {
      const where = and(eq(localEngineSchedules.functionId, schedule.functionId), eq(localEngineSchedules.cron, schedule.cron));
      const fn = functions.get(schedule.functionId);
      const trigger = fn?.triggers.find((candidate) => candidate.kind === "cron" && candidate.cron === schedule.cron);
      if (!fn || trigger?.kind !== "cron") {
        await tx.delete(localEngineSchedules).where(where);
        continue;
      }
      const firedAt = schedule.nextAt;
      await createRun(
        tx,
        fn,
        { id: ulid(firedAt), name: internalEventNames.scheduledTimer, data: { cron: schedule.cron }, ts: firedAt.getTime() },
        now,
      );
      const next = trigger.schedule.nextAfter(new Date(Math.max(now.getTime(), firedAt.getTime())));
      if (next) await tx.update(localEngineSchedules).set({ nextAt: next }).where(where);
      else await tx.delete(localEngineSchedules).where(where);
    }
    return due.length;
  });
}

/** When the next cron trigger is due, if any. */
export async function nextScheduleAt(db: Executor): Promise<Date | null> {
  const [row] = await db.select({ nextAt: min(localEngineSchedules.nextAt) }).from(localEngineSchedules);
  return row?.nextAt ?? null;
}
