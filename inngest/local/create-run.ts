import type { Executor } from "@/lib/db/open-database";
import { localEngineRuns } from "@/lib/db/schema";
import { claimDedupeKey } from "./claim-dedupe-key";
import type { EngineEvent } from "./engine-event";
import { expressionValueToKey } from "./expression";
import type { ConcurrencyRule, EngineFunction } from "./function-config";
import { recordRunQueued } from "./record-activity";
import { ulid } from "./ulid";

export type CreateRunOptions = {
  /** Set for `step.invoke`: the run and step waiting for this run's result. */
  parent?: { runId: string; stepId: string };
  /** Invocations bypass the function's idempotency key, as on the Inngest server. */
  skipIdempotency?: boolean;
};

/**
 * Queues a run of `fn` for `event`, unless the function's idempotency key has been seen within 24 h. Returns the
 * run id, or null when the run was skipped.
 */
export async function createRun(db: Executor, fn: EngineFunction, event: EngineEvent, now: Date, options: CreateRunOptions = {}): Promise<string | null> {
  if (fn.idempotency && !options.skipIdempotency) {
    const key = expressionValueToKey(fn.idempotency.evaluate({ event }));
    if (key !== "" && !(await claimDedupeKey(db, `idempotency:${fn.id}`, key, now))) return null;
  }
  const concurrency = fn.concurrency.map((rule) => ({ key: concurrencyKey(fn, rule, event), limit: rule.limit }));
  const runId = ulid(now);
  const prioritySeconds = fn.priority ? clampPriority(fn.priority.evaluate({ event })) : 0;
  await db.insert(localEngineRuns).values({
    runId,
    functionId: fn.id,
    event,
    events: [event],
    status: "queued",
    runAt: now,
    maxAttempts: fn.maxAttempts,
    concurrencyKeys: [...new Set(concurrency.map((item) => item.key))],
    concurrency,
    prioritySeconds,
    parentRunId: options.parent?.runId ?? null,
    parentStepId: options.parent?.stepId ?? null,
    createdAt: now,
  });
  await recordRunQueued(db, { runId, functionId: fn.id, event }, now);
  return runId;
}

/** Inngest takes an integer number of seconds between −600 and 600; anything else counts as 0. */
function clampPriority(value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) return 0;
  return Math.max(-600, Math.min(600, Math.trunc(value)));
}

/** The queue a run counts against: per function unless the rule is scoped wider, split by the evaluated key. */
function concurrencyKey(fn: EngineFunction, rule: ConcurrencyRule, event: EngineEvent): string {
  const scope = rule.scope === "fn" ? `fn:${fn.id}` : rule.scope;
  if (!rule.key) return rule.scope === "fn" ? scope : `${scope}:${fn.id}`;
  return `${scope}:key:${expressionValueToKey(rule.key.evaluate({ event }))}`;
}
