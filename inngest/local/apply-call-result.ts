import { eq } from "drizzle-orm";
import type { Database, Executor } from "@/lib/db/open-database";
import { localEngineRuns, localEngineWaits, type LocalEngineRun } from "@/lib/db/schema";
import type { CallResult } from "./call-function";
import { createRun } from "./create-run";
import { internalEventNames, type EngineEvent } from "./engine-event";
import { compileExpression } from "./expression";
import type { EngineFunction } from "./function-config";
import { finishRun } from "./finish-run";
import { memoizeStep, memoizedStepIds } from "./memoize-step";
import { recordRunAttemptFailed } from "./record-activity";
import { retryDelayMs, type BackoffPolicy } from "./retry-backoff";
import { lockLeasedRun, releaseLease } from "./run-lease";
import { parsePending, runCompleteStepId, toSerializedError, type PendingOp, type SerializedError, type StepOp } from "./step-op";
import { resolveWakeTime } from "./time-string";
import { ulid } from "./ulid";

export type ApplyContext = {
  now: Date;
  backoff: BackoffPolicy;
  functions: ReadonlyMap<string, EngineFunction>;
  warn: (message: string) => void;
};

/** Steps the engine does not provide; the step fails so the function sees a `StepError` instead of hanging. */
const unsupportedOps = new Set(["AIGateway", "Gateway", "WaitForSignal"]);
/** Ops that need nothing from the engine here. */
const ignoredOps = new Set(["DiscoveryRequest", "DeferAdd", "DeferAbort"]);
/** How long a wait without a timeout (an invocation) may last, as on the Inngest server. */
const maxWaitMs = 366 * 24 * 60 * 60 * 1000;

/**
 * Applies the answer to one call, in one transaction, if this worker still holds the run's lease: memoises step
 * results, queues planned steps, sleeps, waits and invocations, schedules retries with backoff (or the SDK's
 * `Retry-After`), and finishes the run when it completed or ran out of attempts.
 */
export async function applyCallResult(db: Database, run: LocalEngineRun & { leaseToken: string }, result: CallResult, context: ApplyContext): Promise<void> {
  if (result.kind === "aborted") {
    await releaseLease(db, run.runId, run.leaseToken, context.now);
    return;
  }
  if (result.kind === "unreachable") {
    await releaseLease(db, run.runId, run.leaseToken, new Date(context.now.getTime() + retryDelayMs(2, context.backoff)));
    return;
  }
  await db.transaction(async (tx) => {
    const current = await lockLeasedRun(tx, run.runId, run.leaseToken);
    if (!current) return;
    if (result.kind === "completed") {
      await finishRun(tx, current, { status: "completed", output: result.output }, context.now);
      return;
    }
    if (result.kind === "error") {
      await applyFailure(tx, current, result.error, result.retriable, result.retryAfter, context);
      return;
    }
    if (result.ops.length === 0) {
      await applyFailure(tx, current, { name: "EngineCallError", message: "the app answered 206 without any step" }, true, result.retryAfter, context);
      return;
    }
    await applyOps(tx, current, result.ops, result.requestVersion, result.retryAfter, context);
  });
}

async function applyFailure(
  tx: Executor,
  run: LocalEngineRun,
  error: SerializedError,
  retriable: boolean,
  retryAfter: Date | null,
  context: ApplyContext,
): Promise<void> {
  const failures = run.failures + 1;
  if (!retriable || run.attempt + 1 >= run.maxAttempts) {
    await finishRun(tx, { ...run, failures }, { status: "failed", error }, context.now);
    return;
  }
  await tx
    .update(localEngineRuns)
    .set({
      status: "queued",
      attempt: run.attempt + 1,
      failures,
      runAt: retryAt(run.attempt, retryAfter, context),
      leaseToken: null,
      leaseUntil: null,
    })
    .where(eq(localEngineRuns.runId, run.runId));
  await recordRunAttemptFailed(tx, run.runId, failures, error);
}

async function applyOps(
  tx: Executor,
  run: LocalEngineRun,
  ops: StepOp[],
  requestVersion: number | null,
  retryAfter: Date | null,
  context: ApplyContext,
): Promise<void> {
  const { now } = context;
  let pending = parsePending(run.pending);
  let nextStepId: string | null = null;
  let attempt = 0;
  let failures = run.failures;
  let retryRunAt: Date | null = null;
  let lastError: SerializedError | null = null;
  const addPending = (item: PendingOp) => {
    if (!pending.some((existing) => existing.id === item.id)) pending.push(item);
  };
  for (const op of ops) {
    const displayName = op.displayName ?? null;
    switch (op.op) {
      case "StepRun":
      case "Step":
        await memoizeStep(tx, run.runId, op.id, { data: op.data ?? null }, now);
        break;
      case "StepFailed": {
        const error = toSerializedError(op.error, "The step failed");
        if (op.id === runCompleteStepId) {
          await applyFailure(tx, run, error, false, retryAfter, context);
          return;
        }
        await memoizeStep(tx, run.runId, op.id, { error }, now);
        break;
      }
      case "StepError": {
        const error = toSerializedError(op.error, "The step failed");
        if (op.id === runCompleteStepId) {
          await applyFailure(tx, run, error, true, retryAfter, context);
          return;
        }
        failures += 1;
        lastError = error;
        if (run.attempt + 1 >= run.maxAttempts) {
          await memoizeStep(tx, run.runId, op.id, { error }, now);
        } else {
          nextStepId = op.id;
          attempt = run.attempt + 1;
          retryRunAt = retryAt(run.attempt, retryAfter, context);
        }
        break;
      }
      case "StepPlanned":
        addPending({ op: "StepPlanned", id: op.id, displayName });
        break;
      case "Sleep": {
        // The spec puts the duration in `opts.duration`; the JS SDK sends it as the op's `name`.
        const duration = typeof op.opts?.duration === "string" ? op.opts.duration : (op.name ?? "");
        const wakeAt = resolveWakeTime(duration, now);
        if (wakeAt) addPending({ op: "Sleep", id: op.id, displayName, wakeAt: wakeAt.toISOString() });
        else await memoizeStep(tx, run.runId, op.id, { error: { name: "InvalidSleepError", message: `Cannot read the sleep duration "${duration}"` } }, now);
        break;
      }
      case "WaitForEvent":
        await registerWait(tx, run, op, now, addPending);
        break;
      case "InvokeFunction":
        await invokeFunction(tx, run, op, context, addPending);
        break;
      case "RunComplete":
        await finishRun(tx, run, { status: "completed", output: op.data ?? null }, now);
        return;
      case "StepNotFound":
        await applyFailure(tx, run, { name: "StepNotFound", message: `The app could not find step ${op.id} (${displayName ?? "unnamed"})` }, true, retryAfter, context);
        return;
      default:
        if (ignoredOps.has(op.op)) break;
        if (!unsupportedOps.has(op.op)) context.warn(`unknown step op "${op.op}" from ${run.functionId}; failing that step`);
        await memoizeStep(tx, run.runId, op.id, { error: { name: "UnsupportedStepError", message: `The local Inngest engine does not support ${op.op} steps` } }, now);
    }
  }
  const memoized = await memoizedStepIds(tx, run.runId, pending.map((item) => item.id));
  pending = pending.filter((item) => !memoized.has(item.id));
  const runAt = retryRunAt ?? nextRunAt(pending, now);
  await tx
    .update(localEngineRuns)
    .set({
      status: "queued",
      pending,
      nextStepId,
      attempt,
      failures,
      runAt,
      disableImmediateExecution: run.disableImmediateExecution || ops.length > 1,
      requestVersion: run.requestVersion ?? requestVersion,
      leaseToken: null,
      leaseUntil: null,
    })
    .where(eq(localEngineRuns.runId, run.runId));
  if (lastError) await recordRunAttemptFailed(tx, run.runId, failures, lastError);
}

function nextRunAt(pending: PendingOp[], now: Date): Date {
  if (pending.length === 0 || pending.some((item) => item.op === "StepPlanned")) return now;
  return new Date(Math.min(...pending.map((item) => (item.op === "StepPlanned" ? now.getTime() : Date.parse(item.wakeAt)))));
}

function retryAt(failedAttempt: number, retryAfter: Date | null, context: ApplyContext): Date {
  if (retryAfter && retryAfter.getTime() > context.now.getTime()) return retryAfter;
  return new Date(context.now.getTime() + retryDelayMs(failedAttempt, context.backoff));
}

async function registerWait(tx: Executor, run: LocalEngineRun, op: StepOp, now: Date, addPending: (item: PendingOp) => void): Promise<void> {
  // The spec puts the event in `opts.event`; the JS SDK sends it as the op's `name`.
  const eventName = typeof op.opts?.event === "string" ? op.opts.event : (op.name ?? "");
  const timeout = typeof op.opts?.timeout === "string" ? op.opts.timeout : "";
  const expression = typeof op.opts?.if === "string" && op.opts.if.trim() !== "" ? op.opts.if : null;
  const wakeAt = resolveWakeTime(timeout, now);
  let problem = eventName === "" ? "waitForEvent needs an event name" : wakeAt === null ? `Cannot read the timeout "${timeout}"` : null;
  if (!problem && expression) {
    try {
      compileExpression(expression);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  }
  if (problem || !wakeAt) {
    await memoizeStep(tx, run.runId, op.id, { error: { name: "UnsupportedWaitError", message: problem ?? "Invalid wait" } }, now);
    return;
  }
  await tx.insert(localEngineWaits).values({ runId: run.runId, stepId: op.id, eventName, expression, expiresAt: wakeAt }).onConflictDoNothing();
  addPending({ op: "WaitForEvent", id: op.id, displayName: op.displayName ?? null, wakeAt: wakeAt.toISOString() });
}

async function invokeFunction(tx: Executor, run: LocalEngineRun, op: StepOp, context: ApplyContext, addPending: (item: PendingOp) => void): Promise<void> {
  const { now } = context;
  const functionId = typeof op.opts?.function_id === "string" ? op.opts.function_id : "";
  const target = context.functions.get(functionId);
  if (!target) {
    await memoizeStep(tx, run.runId, op.id, { error: { name: "FunctionNotFoundError", message: `No synced function "${functionId}" to invoke` } }, now);
    return;
  }
  const payload = typeof op.opts?.payload === "object" && op.opts.payload !== null ? op.opts.payload : {};
  const payloadData = "data" in payload && typeof payload.data === "object" && payload.data !== null ? payload.data : {};
  const event: EngineEvent = {
    ...payload,
    id: ulid(now),
    name: internalEventNames.functionInvoked,
    data: { ...payloadData, _inngest: { source_run_id: run.runId, source_fn_id: run.functionId, source_step_id: op.id } },
    ts: now.getTime(),
  };
  const timeout = typeof op.opts?.timeout === "string" ? resolveWakeTime(op.opts.timeout, now) : null;
  const childRunId = await createRun(tx, target, event, now, { parent: { runId: run.runId, stepId: op.id }, skipIdempotency: true });
  addPending({
    op: "InvokeFunction",
    id: op.id,
    displayName: op.displayName ?? null,
    wakeAt: (timeout ?? new Date(now.getTime() + maxWaitMs)).toISOString(),
    childRunId,
  });
}
