import { and, eq, inArray, notInArray } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { localEngineApps, localEngineFunctions, localEngineSchedules } from "@/lib/db/schema";
import { canonicalJson } from "./canonical-json";
import { functionConfigSchema, toEngineFunction, type EngineFunction } from "./function-config";
import type { SyncPayload } from "./sync-payload";

export type SyncSummary = { appId: string; url: string; functions: EngineFunction[]; problems: string[]; modified: boolean };

/**
 * Stores what an app reported: its functions (replacing the ones it no longer has) and a schedule for every cron
 * trigger. A schedule that already exists keeps its next firing time, so re-syncing never skips or repeats one.
 */
export async function applyAppSync(db: Database, payload: SyncPayload, now: Date): Promise<SyncSummary> {
  const problems: string[] = [];
  const functions: EngineFunction[] = [];
  const configs: { id: string; name: string | null; config: unknown }[] = [];
  for (const raw of payload.functions) {
    const parsed = functionConfigSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`a function could not be read: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
      continue;
    }
    const fn = toEngineFunction(parsed.data, payload.url);
    functions.push(fn);
    configs.push({ id: fn.id, name: fn.name, config: raw });
    problems.push(...fn.problems.map((problem) => `${fn.id}: ${problem}`));
  }
  const ids = functions.map((fn) => fn.id);
  const modified = await db.transaction(async (tx) => {
    const before = await tx.select({ id: localEngineFunctions.id, config: localEngineFunctions.config }).from(localEngineFunctions).where(eq(localEngineFunctions.appUrl, payload.url));
    await tx
      .insert(localEngineApps)
      .values({ url: payload.url, appId: payload.appId, sdk: payload.sdk, framework: payload.framework, syncedAt: now })
      .onConflictDoUpdate({ target: localEngineApps.url, set: { appId: payload.appId, sdk: payload.sdk, framework: payload.framework, syncedAt: now } });
    const stale = ids.length === 0 ? eq(localEngineFunctions.appUrl, payload.url) : and(eq(localEngineFunctions.appUrl, payload.url), notInArray(localEngineFunctions.id, ids));
    const removed = await tx.delete(localEngineFunctions).where(stale).returning({ id: localEngineFunctions.id });
    if (removed.length > 0) await tx.delete(localEngineSchedules).where(inArray(localEngineSchedules.functionId, removed.map((row) => row.id)));
    for (const item of configs) {
      await tx
        .insert(localEngineFunctions)
        .values({ id: item.id, appUrl: payload.url, name: item.name, config: item.config, syncedAt: now })
        .onConflictDoUpdate({ target: localEngineFunctions.id, set: { appUrl: payload.url, name: item.name, config: item.config, syncedAt: now } });
    }
    for (const fn of functions) {
      const crons = fn.triggers.flatMap((trigger) => (trigger.kind === "cron" ? [trigger] : []));
      const keep = crons.map((trigger) => trigger.cron);
      await tx
        .delete(localEngineSchedules)
        .where(keep.length === 0 ? eq(localEngineSchedules.functionId, fn.id) : and(eq(localEngineSchedules.functionId, fn.id), notInArray(localEngineSchedules.cron, keep)));
      for (const trigger of crons) {
        const nextAt = trigger.schedule.nextAfter(now);
        if (nextAt) await tx.insert(localEngineSchedules).values({ functionId: fn.id, cron: trigger.cron, nextAt }).onConflictDoNothing();
      }
    }
    const previous = new Map(before.map((row) => [row.id, canonicalJson(row.config)]));
    return removed.length > 0 || configs.some((item) => previous.get(item.id) !== canonicalJson(item.config));
  });
  return { appId: payload.appId, url: payload.url, functions, problems, modified };
}
