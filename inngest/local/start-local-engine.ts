import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { localEngineRuns } from "@/lib/db/schema";
import { applyAppSync, type SyncSummary } from "./apply-app-sync";
import { applyCallResult } from "./apply-call-result";
import { callFunction } from "./call-function";
import { claimRuns, type ClaimedRun } from "./claim-runs";
import { consoleEngineLogger, describeError, type EngineLogger } from "./engine-logger";
import { startEventApiServer, type EventApiServer } from "./event-api-server";
import { fanOutEvents } from "./fan-out-events";
import { fireDueSchedules, nextScheduleAt } from "./fire-schedules";
import type { EngineFunction } from "./function-config";
import { loadFunctions } from "./load-functions";
import { localEngineOptionsSchema, type LocalEngineSettings } from "./local-engine-options";
import { loadMemoizedSteps } from "./memoize-step";
import { prepareRunCall } from "./prepare-run-call";
import { pruneEngineState } from "./prune-engine-state";
import { receiveEvents } from "./receive-events";
import { requestAppSync } from "./request-app-sync";
import { retryDelayMs } from "./retry-backoff";
import { recoverExpiredLeases, renewLease } from "./run-lease";
import { parseRegisterRequest } from "./sync-payload";

export type LocalEngineOptions = LocalEngineSettings & {
  db: Database;
  /** The engine's notion of now (tests move it); every time the engine stores or compares comes from here. */
  clock?: () => Date;
  logger?: EngineLogger;
};

export type LocalEngine = {
  /** Origin of the engine's API: the Inngest client's `baseUrl` (events go to `${eventApiUrl}/e/{eventKey}`). */
  eventApiUrl: string;
  /** Syncs with the app now; rejects if the app cannot be reached or answers wrongly. */
  sync: () => Promise<SyncSummary | { modified: boolean }>;
  /** Looks at the queue now instead of at the next poll. */
  wake: () => void;
  /** Stops taking work, lets calls in flight finish (up to the grace period) and closes the event API. */
  stop: () => Promise<void>;
};

/**
 * Starts the local stand-in for the Inngest server (DESIGN §4): an event API on loopback, a sync with the app's
 * `serve()` endpoint, and a worker that drives runs over the SDK's HTTP protocol, with all state in Postgres.
 */
export async function startLocalEngine(options: LocalEngineOptions): Promise<LocalEngine> {
  const { db, clock = () => new Date(), logger = consoleEngineLogger, ...rest } = options;
  const settings = localEngineOptionsSchema.parse(rest);
  let functions: ReadonlyMap<string, EngineFunction> = await loadFunctions(db);
  let stopping = false;
  let pollTimer: NodeJS.Timeout | undefined;
  let tickRunning: Promise<void> | null = null;
  let tickAgain = false;
  let lastPrune = 0;
  const inFlight = new Map<string, { leaseToken: string; abort: AbortController; done: Promise<void>; startedAt: number }>();
  const stopSignal = new AbortController();
  /** Work that is not needed on every tick is checked only when it may be due. */
  let fanOutNeeded = true;
  let nextScheduleCheck = 0;
  let nextLeaseCheck = 0;
  let nextFanOutSweep = 0;
  const safetyIntervalMs = 1_000;

  const reloadFunctions = async () => {
    functions = await loadFunctions(db);
  };

  const applySync = async (summary: SyncSummary) => {
    for (const problem of summary.problems) logger.warn(`sync: ${problem}`);
    await reloadFunctions();
    nextScheduleCheck = 0;
    fanOutNeeded = true;
    logger.info(`synced ${summary.functions.length} function(s) of app "${summary.appId}"`);
    wake();
  };

  const sync = async (): Promise<SyncSummary | { modified: boolean }> => {
    const answer = await requestAppSync({ appUrl: settings.appUrl, signingKey: settings.signingKey, now: clock, timeoutMs: 30_000, signal: stopSignal.signal });
    if (answer.kind === "out-of-band") {
      await reloadFunctions();
      wake();
      return { modified: false };
    }
    const summary = await applyAppSync(db, answer.payload, clock());
    await applySync(summary);
    return summary;
  };

  const processRun = async (run: ClaimedRun, abort: AbortController): Promise<void> => {
    const prepared = await prepareRunCall(db, run.runId, run.leaseToken, clock());
    if (prepared.kind !== "call") return;
    // Always the configured endpoint: the URL the SDK reports when syncing may name a public origin
    // (INNGEST_SERVE_ORIGIN) that this box should not go out and back in through.
    const result = await callFunction(
      {
        url: settings.appUrl,
        functionId: run.functionId,
        stepId: prepared.stepId,
        runId: run.runId,
        event: run.event,
        events: run.events,
        steps: prepared.steps,
        stack: prepared.stack,
        attempt: run.attempt,
        maxAttempts: run.maxAttempts,
        disableImmediateExecution: run.disableImmediateExecution,
        requestVersion: run.requestVersion,
      },
      { signingKey: settings.signingKey, now: clock, timeoutMs: settings.callTimeoutMs, signal: abort.signal },
    );
    if (result.kind === "error" || result.kind === "unreachable") {
      logger.warn(`${run.functionId} run ${run.runId} attempt ${run.attempt}: ${result.error.name}: ${result.error.message}`);
    }
    await applyCallResult(db, run, result, { now: clock(), backoff: settings.retryBackoff, functions, warn: logger.warn });
  };

  const startRun = (run: ClaimedRun) => {
    const abort = new AbortController();
    const done = processRun(run, abort)
      .catch((error: unknown) => logger.error(`run ${run.runId} of ${run.functionId} could not be processed`, error))
      .finally(() => {
        // (unless it was abandoned as hung and the run is in flight again under a new lease)
        if (inFlight.get(run.runId)?.leaseToken === run.leaseToken) inFlight.delete(run.runId);
        // a finished run may have emitted an event (inngest/function.failed) or be due again at once
        fanOutNeeded = true;
        wake();
      });
    inFlight.set(run.runId, { leaseToken: run.leaseToken, abort, done, startedAt: Date.now() });
  };

  const tickOnce = async () => {
    const now = clock();
    const nowMs = now.getTime();
    if (nowMs >= nextLeaseCheck) {
      nextLeaseCheck = nowMs + Math.min(safetyIntervalMs, settings.leaseMs / 2);
      await recoverExpiredLeases(db, now);
    }
    if (functions.size > 0) {
      if (nowMs >= nextScheduleCheck) {
        await fireDueSchedules(db, functions, now);
        nextScheduleCheck = Math.min(nowMs + safetyIntervalMs, (await nextScheduleAt(db))?.getTime() ?? Number.POSITIVE_INFINITY);
      }
      if (fanOutNeeded || nowMs >= nextFanOutSweep) {
        fanOutNeeded = false;
        nextFanOutSweep = nowMs + safetyIntervalMs;
        const batchSize = 100;
        while ((await fanOutEvents(db, functions.values(), now, batchSize)) === batchSize && !stopping) {
          // keep going until every stored event has its runs
        }
      }
    }
    if (nowMs - lastPrune >= settings.pruneIntervalMs) {
      lastPrune = nowMs;
      await pruneEngineState(db, now, settings.retentionMs);
    }
    const free = settings.maxConcurrentCalls - inFlight.size;
    if (free > 0 && !stopping) {
      const claimed = await claimRuns(db, { now: clock(), limit: free, leaseMs: settings.leaseMs });
      for (const run of claimed) startRun(run);
    }
  };

  const tick = async () => {
    do {
      tickAgain = false;
      try {
        await tickOnce();
      } catch (error) {
        logger.error("engine tick failed", error);
      }
    } while (tickAgain && !stopping);
  };

  function wake(): void {
    if (stopping) return;
    if (tickRunning) {
      tickAgain = true;
      return;
    }
    clearTimeout(pollTimer);
    tickRunning = tick().finally(() => {
      tickRunning = null;
      if (stopping) return;
      if (tickAgain) wake();
      else pollTimer = setTimeout(wake, settings.pollIntervalMs).unref();
    });
  }

  const syncUntilDone = async () => {
    for (let attempt = 0; !stopping; attempt += 1) {
      try {
        await sync();
        return;
      } catch (error) {
        if (stopping) return;
        const delay = retryDelayMs(attempt, settings.syncRetry);
        logger.warn(`sync with ${settings.appUrl} failed (${describeError(error)}); retrying in ${delay} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          stopSignal.signal.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    }
  };

  const server: EventApiServer = await startEventApiServer({
    host: settings.host,
    port: settings.port,
    eventKey: settings.eventKey ?? null,
    signingKey: settings.signingKey,
    onError: (message, error) => logger.error(message, error),
    handlers: {
      receiveEvents: async (events, seed) => {
        const ids = await receiveEvents(db, events, seed, clock());
        fanOutNeeded = true;
        wake();
        return ids;
      },
      register: async (body) => {
        const summary = await applyAppSync(db, parseRegisterRequest(body), clock());
        await applySync(summary);
        return { modified: summary.modified };
      },
      runEvents: async (runId) => {
        const rows = await db.select({ events: localEngineRuns.events }).from(localEngineRuns).where(eq(localEngineRuns.runId, runId));
        return rows[0]?.events ?? null;
      },
      runSteps: async (runId) => {
        const rows = await db.select({ runId: localEngineRuns.runId }).from(localEngineRuns).where(eq(localEngineRuns.runId, runId));
        return rows[0] ? (await loadMemoizedSteps(db, runId)).steps : null;
      },
    },
  });

  // A run's lease is renewed while its work goes on, but not for ever: work still going long after its call's time
  // limit is hung (a database connection that never answers), so it is abandoned, its slot freed, and its lease
  // left to lapse so the run is taken again; should the hung work ever end, its result is void (the lease is gone).
  const overdueAfterMs = settings.callTimeoutMs + settings.leaseMs;
  const heartbeat = setInterval(
    () => {
      const until = new Date(clock().getTime() + settings.leaseMs);
      for (const [runId, flight] of inFlight) {
        if (Date.now() - flight.startedAt > overdueAfterMs) {
          logger.error(`run ${runId} has been in flight for over ${overdueAfterMs} ms: abandoned, its lease left to lapse`, new Error("hung run"));
          flight.abort.abort();
          inFlight.delete(runId);
          continue;
        }
        renewLease(db, runId, flight.leaseToken, until).catch((error: unknown) => logger.error(`could not renew the lease of run ${runId}`, error));
      }
    },
    Math.max(250, Math.floor(settings.leaseMs / 3)),
  ).unref();

  const syncing = settings.syncOnStart ? syncUntilDone() : Promise.resolve();

  wake();

  return {
    eventApiUrl: server.url,
    sync,
    wake,
    stop: async () => {
      if (stopping) return;
      stopping = true;
      clearTimeout(pollTimer);
      stopSignal.abort();
      await syncing;
      await server.close();
      await tickRunning;
      const flights = () => Promise.allSettled([...inFlight.values()].map((flight) => flight.done));
      const graceOver = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), settings.shutdownGraceMs).unref());
      if ((await Promise.race([flights().then(() => "done" as const), graceOver])) === "timeout") {
        for (const flight of inFlight.values()) flight.abort.abort();
        await flights();
      }
      clearInterval(heartbeat);
    },
  };
}
