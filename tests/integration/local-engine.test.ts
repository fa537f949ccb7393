import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { and, eq } from "drizzle-orm";
import { NonRetriableError, RetryAfterError } from "inngest";
import { serve } from "inngest/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createInngestClient, type InngestClient } from "@/inngest/create-inngest-client";
import { canonicalJson } from "@/inngest/local/canonical-json";
import { engineEventSchema } from "@/inngest/local/engine-event";
import type { EngineLogger } from "@/inngest/local/engine-logger";
import { signBody } from "@/inngest/local/request-signature";
import { claimRuns } from "@/inngest/local/claim-runs";
import { fanOutEvents } from "@/inngest/local/fan-out-events";
import { loadFunctions } from "@/inngest/local/load-functions";
import { receiveEvents } from "@/inngest/local/receive-events";
import { startLocalEngine, type LocalEngine } from "@/inngest/local/start-local-engine";
import type { Database } from "@/lib/db/open-database";
import { engineRuns, localEngineRuns, localEngineSchedules, type LocalEngineRun } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds } from "../support/test-database";

/** What the test functions did, so the tests can see how often each step really ran. */
type Probe = {
  counts: Map<string, number>;
  active: Map<string, number>;
  maxActive: Map<string, number>;
  maxActiveOverall: number;
  activeOverall: number;
  attemptTimes: number[];
};

function bump(probe: Probe, key: string): number {
  const next = (probe.counts.get(key) ?? 0) + 1;
  probe.counts.set(key, next);
  return next;
}

const eventData = (run: LocalEngineRun) => engineEventSchema.parse(run.event).data;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(15);
  }
}

/** The real SDK functions the engine drives. */
function createTestFunctions(client: InngestClient, probe: Probe) {
  const multiStep = client.createFunction(
    { id: "multi-step", retries: 2, triggers: [{ event: "test/multi-step" }] },
    async ({ event, step }) => {
      const key = z.object({ key: z.string() }).parse(event.data).key;
      const first = await step.run("first", () => {
        bump(probe, `${key}:first`);
        return "A";
      });
      const flaky = await step.run("flaky", () => {
        if (bump(probe, `${key}:flaky`) === 1) throw new Error("transient failure");
        return `${first}B`;
      });
      return step.run("last", () => {
        bump(probe, `${key}:last`);
        return `${flaky}C`;
      });
    },
  );
  const perSku = client.createFunction(
    { id: "per-sku", retries: 0, concurrency: { key: "event.data.sku", limit: 1 }, triggers: [{ event: "test/stock.changed" }] },
    async ({ event, step }) => {
      const sku = z.object({ sku: z.string() }).parse(event.data).sku;
      await step.run("hold", async () => {
        probe.active.set(sku, (probe.active.get(sku) ?? 0) + 1);
        probe.activeOverall += 1;
        probe.maxActive.set(sku, Math.max(probe.maxActive.get(sku) ?? 0, probe.active.get(sku) ?? 0));
        probe.maxActiveOverall = Math.max(probe.maxActiveOverall, probe.activeOverall);
        await sleep(120);
        probe.active.set(sku, (probe.active.get(sku) ?? 1) - 1);
        probe.activeOverall -= 1;
      });
      return sku;
    },
  );
  const countOnce = client.createFunction({ id: "count-once", retries: 0, triggers: [{ event: "test/count" }] }, async ({ event, step }) => {
    const key = z.object({ key: z.string() }).parse(event.data).key;
    return step.run("count", () => bump(probe, `${key}:count`));
  });
  const sleepy = client.createFunction({ id: "sleepy", retries: 0, triggers: [{ event: "test/sleepy" }] }, async ({ event, step }) => {
    const key = z.object({ key: z.string() }).parse(event.data).key;
    const wakeAt = await step.run("before", () => {
      bump(probe, `${key}:before`);
      return Date.now() + 600;
    });
    await step.sleepUntil("pause", new Date(wakeAt));
    return step.run("after", () => bump(probe, `${key}:after`));
  });
  const cron = client.createFunction({ id: "every-minute", retries: 0, triggers: [{ cron: "* * * * *" }] }, async ({ event, step }) => {
    await step.run("tick", () => bump(probe, "cron:tick"));
    return event.name;
  });
  const alwaysFails = client.createFunction({ id: "always-fails", retries: 1, triggers: [{ event: "test/fail" }] }, async ({ event }) => {
    const kind = z.object({ kind: z.enum(["retriable", "final"]) }).parse(event.data).kind;
    bump(probe, `fail:${kind}`);
    if (kind === "final") throw new NonRetriableError("no point retrying");
    throw new Error("still broken");
  });
  const waitsForApproval = client.createFunction(
    { id: "waits-for-approval", retries: 0, triggers: [{ event: "test/order.placed" }] },
    async ({ step }) => {
      const approval = await step.waitForEvent("approval", { event: "test/order.approved", match: "data.orderId", timeout: "10s" });
      return approval ? approval.data : null;
    },
  );
  const invokes = client.createFunction({ id: "invokes-child", retries: 0, triggers: [{ event: "test/invoke" }] }, async ({ step }) => {
    return step.invoke("call-child", { function: countOnce, data: { key: "invoked" } });
  });
  const parallel = client.createFunction({ id: "parallel", retries: 0, triggers: [{ event: "test/parallel" }] }, async ({ step }) => {
    const [a, b] = await Promise.all([
      step.run("a", () => {
        bump(probe, "parallel:a");
        return "a";
      }),
      step.run("b", () => {
        bump(probe, "parallel:b");
        return "b";
      }),
    ]);
    return a + b;
  });
  const idempotent = client.createFunction(
    { id: "idempotent", retries: 0, idempotency: "event.data.orderId", triggers: [{ event: "test/order.paid" }] },
    async ({ event, step }) => {
      const orderId = z.object({ orderId: z.string() }).parse(event.data).orderId;
      return step.run("charge", () => bump(probe, `paid:${orderId}`));
    },
  );
  const rateLimited = client.createFunction({ id: "rate-limited", retries: 3, triggers: [{ event: "test/rate-limited" }] }, async ({ step }) => {
    return step.run("call-api", () => {
      probe.attemptTimes.push(Date.now());
      if (probe.attemptTimes.length === 1) throw new RetryAfterError("429 from the API", new Date(Date.now() + 400));
      return "ok";
    });
  });
  return [multiStep, perSku, countOnce, sleepy, cron, alwaysFails, waitsForApproval, invokes, parallel, idempotent, rateLimited];
}

/** A plain node server hosting the SDK's real `serve()` handler, as the Next.js route does. */
type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

async function startTestApp(): Promise<{ url: string; mount: (handler: Handler) => void; close: () => Promise<void>; reopen: () => Promise<void> }> {
  let handler: Handler | null = null;
  const listen = async (port: number): Promise<Server> => {
    const server = createServer((req, res) => {
      if (!handler || !req.url?.startsWith("/api/inngest")) {
        res.writeHead(404).end();
        return;
      }
      void handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    return server;
  };
  let server = await listen(0);
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no address");
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${address.port}/api/inngest`,
    mount: (next) => {
      handler = next;
    },
    close,
    reopen: async () => {
      server = await listen(address.port);
    },
  };
}

const silentSdkLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const engineWarnings: string[] = [];
const quietLogger: EngineLogger = {
  info: () => {},
  warn: (message) => engineWarnings.push(message),
  error: (message, error) => console.error(message, error),
};

describe.each(testDatabaseKinds())("the local Inngest engine on %s", (kind) => {
  const signingKey = `signkey-test-${randomBytes(32).toString("hex")}`;
  const eventKey = "test-event-key";
  const probe: Probe = { counts: new Map(), active: new Map(), maxActive: new Map(), maxActiveOverall: 0, activeOverall: 0, attemptTimes: [] };
  let clockOffsetMs = 0;
  const clock = () => new Date(Date.now() + clockOffsetMs);
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let engine: LocalEngine;
  let port = 0;
  let client: InngestClient;

  const engineOptions = () => ({
    db,
    appUrl: app.url,
    signingKey,
    eventKey,
    port,
    pollIntervalMs: 25,
    retryBackoff: { baseMs: 20, maxMs: 200 },
    syncOnStart: false,
    shutdownGraceMs: 5_000,
    clock,
    logger: quietLogger,
  });

  const runsOf = (functionId: string) => db.select().from(localEngineRuns).where(eq(localEngineRuns.functionId, `tillbridge-${functionId}`));
  const finishedRun = (functionId: string, predicate: (run: LocalEngineRun) => boolean = () => true) =>
    waitFor(`a finished ${functionId} run`, async () => {
      const runs = await runsOf(functionId);
      return runs.find((run) => (run.status === "completed" || run.status === "failed") && predicate(run));
    });

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
    app = await startTestApp();
    engine = await startLocalEngine(engineOptions());
    port = Number(new URL(engine.eventApiUrl).port);
    client = createInngestClient({ signingKey, eventKey, baseUrl: engine.eventApiUrl }, { logger: silentSdkLogger });
    app.mount(serve({ client, functions: createTestFunctions(client, probe), enableUnauthedSync: false }));
    const summary = await engine.sync();
    expect("functions" in summary ? summary.functions.map((fn) => fn.id).sort() : []).toContain("tillbridge-multi-step");
  });

  afterAll(async () => {
    await engine.stop();
    await app.close();
    await database.dispose();
  });

  it("runs every step once, retries the failing step, and completes the run", async () => {
    const { ids } = await client.send({ name: "test/multi-step", data: { key: "memo" } });
    const run = await finishedRun("multi-step", (candidate) => candidate.event.id === ids[0]);
    expect(run.status).toBe("completed");
    expect(run.output).toBe("ABC");
    expect(probe.counts.get("memo:first")).toBe(1);
    expect(probe.counts.get("memo:flaky")).toBe(2);
    expect(probe.counts.get("memo:last")).toBe(1);
    const [activity] = await db.select().from(engineRuns).where(eq(engineRuns.runId, run.runId));
    expect(activity).toMatchObject({ status: "completed", functionId: "tillbridge-multi-step", eventName: "test/multi-step", attempts: 2 });
  });

  it("serialises runs that share a concurrency key and runs other keys alongside", async () => {
    await client.send([
      { name: "test/stock.changed", data: { sku: "SKU-A" } },
      { name: "test/stock.changed", data: { sku: "SKU-A" } },
      { name: "test/stock.changed", data: { sku: "SKU-A" } },
      { name: "test/stock.changed", data: { sku: "SKU-B" } },
      { name: "test/stock.changed", data: { sku: "SKU-B" } },
    ]);
    await waitFor("five per-sku runs", async () => {
      const runs = await runsOf("per-sku");
      return runs.length === 5 && runs.every((run) => run.status === "completed");
    });
    expect(probe.maxActive.get("SKU-A")).toBe(1);
    expect(probe.maxActive.get("SKU-B")).toBe(1);
    expect(probe.maxActiveOverall).toBe(2);
  });

  it("starts one run for an event id sent twice", async () => {
    const id = `evt-${randomBytes(4).toString("hex")}`;
    const first = await client.send({ id, name: "test/count", data: { key: "dedupe" } });
    const second = await client.send({ id, name: "test/count", data: { key: "dedupe" } });
    expect(first.ids).toEqual([id]);
    expect(second.ids).toEqual([id]);
    await finishedRun("count-once", (run) => run.event.id === id);
    await client.send({ name: "test/count", data: { key: "other" } });
    await finishedRun("count-once", (run) => eventData(run).key === "other");
    const runs = (await runsOf("count-once")).filter((run) => run.event.id === id);
    expect(runs).toHaveLength(1);
    expect(probe.counts.get("dedupe:count")).toBe(1);
  });

  it("starts one run per idempotency key of the function", async () => {
    await client.send([
      { name: "test/order.paid", data: { orderId: "o-100" } },
      { name: "test/order.paid", data: { orderId: "o-100" } },
      { name: "test/order.paid", data: { orderId: "o-101" } },
    ]);
    await waitFor("two idempotent runs", async () => {
      const runs = await runsOf("idempotent");
      return runs.length === 2 && runs.every((run) => run.status === "completed");
    });
    expect(probe.counts.get("paid:o-100")).toBe(1);
    expect(probe.counts.get("paid:o-101")).toBe(1);
  });

  it("retries a step no sooner than the SDK's Retry-After", async () => {
    await client.send({ name: "test/rate-limited", data: {} });
    const run = await finishedRun("rate-limited");
    expect(run.output).toBe("ok");
    const [first, second] = probe.attemptTimes;
    expect(probe.attemptTimes).toHaveLength(2);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(350);
  });

  it("resumes a sleeping run after a restart without repeating a step", async () => {
    const { ids } = await client.send({ name: "test/sleepy", data: { key: "restart" } });
    const sleeping = await waitFor("the run to sleep", async () => {
      const runs = await runsOf("sleepy");
      const run = runs.find((candidate) => candidate.event.id === ids[0]);
      return run?.status === "queued" && JSON.stringify(run.pending).includes('"Sleep"') ? run : null;
    });
    await engine.stop();
    expect(probe.counts.get("restart:before")).toBe(1);
    expect(probe.counts.get("restart:after")).toBeUndefined();
    engine = await startLocalEngine(engineOptions());
    expect(engine.eventApiUrl).toContain(`:${port}`);
    const run = await finishedRun("sleepy", (candidate) => candidate.runId === sleeping.runId);
    expect(run.status).toBe("completed");
    expect(probe.counts.get("restart:before")).toBe(1);
    expect(probe.counts.get("restart:after")).toBe(1);
  });

  it("takes over a run whose worker died mid-call once its lease has expired", async () => {
    await engine.stop();
    const [id] = await receiveEvents(db, [{ name: "test/count", data: { key: "orphan" } }], null, clock());
    await fanOutEvents(db, (await loadFunctions(db)).values(), clock());
    const [claimed] = await claimRuns(db, { now: clock(), limit: 1, leaseMs: 300 });
    expect(claimed?.event.id).toBe(id);
    engine = await startLocalEngine(engineOptions());
    const run = await finishedRun("count-once", (candidate) => candidate.event.id === id);
    expect(run.status).toBe("completed");
    expect(probe.counts.get("orphan:count")).toBe(1);
  });

  it("waits for the app while it is down without spending attempts", async () => {
    await app.close();
    const { ids } = await client.send({ name: "test/count", data: { key: "app-down" } });
    await waitFor("the engine to find the app down", async () => engineWarnings.some((warning) => warning.includes("not reachable")));
    await app.reopen();
    const run = await finishedRun("count-once", (candidate) => candidate.event.id === ids[0]);
    expect(run.status).toBe("completed");
    expect(run.failures).toBe(0);
    expect(probe.counts.get("app-down:count")).toBe(1);
  });

  it("runs parallel steps once each", async () => {
    await client.send({ name: "test/parallel", data: {} });
    const run = await finishedRun("parallel");
    expect(run.output).toBe("ab");
    expect(probe.counts.get("parallel:a")).toBe(1);
    expect(probe.counts.get("parallel:b")).toBe(1);
  });

  it("waits for a matching event and hands it to the run", async () => {
    await client.send({ name: "test/order.placed", data: { orderId: "o-1" } });
    await waitFor("the wait to be registered", async () => (await runsOf("waits-for-approval")).some((run) => JSON.stringify(run.pending).includes("WaitForEvent")));
    await client.send({ name: "test/order.approved", data: { orderId: "o-2", by: "someone else" } });
    await client.send({ name: "test/order.approved", data: { orderId: "o-1", by: "owner" } });
    const run = await finishedRun("waits-for-approval");
    expect(run.output).toEqual({ orderId: "o-1", by: "owner" });
  });

  it("invokes another function and returns its result", async () => {
    await client.send({ name: "test/invoke", data: {} });
    const run = await finishedRun("invokes-child");
    expect(run.status).toBe("completed");
    expect(run.output).toBe(1);
    expect(probe.counts.get("invoked:count")).toBe(1);
  });

  it("fails a run after its retries, at once for a non-retriable error, and records it", async () => {
    await client.send({ name: "test/fail", data: { kind: "retriable" } });
    const retried = await finishedRun("always-fails", (run) => eventData(run).kind === "retriable");
    expect(retried.status).toBe("failed");
    expect(probe.counts.get("fail:retriable")).toBe(2);
    await client.send({ name: "test/fail", data: { kind: "final" } });
    const final = await finishedRun("always-fails", (run) => eventData(run).kind === "final");
    expect(final.status).toBe("failed");
    expect(probe.counts.get("fail:final")).toBe(1);
    const [activity] = await db.select().from(engineRuns).where(eq(engineRuns.runId, final.runId));
    expect(activity?.status).toBe("failed");
    expect(activity?.error).toContain("no point retrying");
  });

  it("refuses calls to the serve endpoint that are not signed with the key", async () => {
    const body = canonicalJson({
      event: { name: "test/count", data: { key: "intruder" }, id: "x", ts: Date.now() },
      events: [{ name: "test/count", data: { key: "intruder" }, id: "x", ts: Date.now() }],
      steps: {},
      ctx: { run_id: "01INTRUDER", attempt: 0, disable_immediate_execution: false, use_api: false, stack: { stack: [], current: 0 } },
    });
    const target = `${app.url}?fnId=tillbridge-count-once&stepId=step`;
    const unsigned = await fetch(target, { method: "POST", body, headers: { "content-type": "application/json" } });
    expect(unsigned.status).toBe(401);
    const otherKey = `signkey-test-${randomBytes(32).toString("hex")}`;
    const forged = await fetch(target, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-inngest-signature": signBody(body, otherKey, new Date()) },
    });
    expect(forged.status).toBe(401);
    const stale = await fetch(target, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-inngest-signature": signBody(body, signingKey, new Date(Date.now() - 10 * 60_000)) },
    });
    expect(stale.status).toBe(401);
    const unsignedSync = await fetch(app.url, { method: "PUT", headers: { "x-inngest-sync-kind": "in_band" }, body: JSON.stringify({ url: app.url }) });
    expect(unsignedSync.status).toBe(401);
    expect(probe.counts.get("intruder:count")).toBeUndefined();
    const wrongEventKey = await fetch(`${engine.eventApiUrl}/e/not-the-key`, { method: "POST", body: JSON.stringify({ name: "test/count", data: { key: "intruder" } }) });
    expect(wrongEventKey.status).toBe(401);
  });

  it("fires a cron trigger when its time comes", async () => {
    const [schedule] = await db
      .select()
      .from(localEngineSchedules)
      .where(and(eq(localEngineSchedules.functionId, "tillbridge-every-minute"), eq(localEngineSchedules.cron, "* * * * *")));
    expect(schedule).toBeDefined();
    if (!schedule) return;
    clockOffsetMs += schedule.nextAt.getTime() - clock().getTime() + 5;
    engine.wake();
    const run = await finishedRun("every-minute", (candidate) => engineEventSchema.parse(candidate.event).ts === schedule.nextAt.getTime());
    expect(run.output).toBe("inngest/scheduled.timer");
    expect(probe.counts.get("cron:tick")).toBe((await runsOf("every-minute")).length);
    const [next] = await db.select().from(localEngineSchedules).where(eq(localEngineSchedules.functionId, "tillbridge-every-minute"));
    expect(next?.nextAt.getTime()).toBe(schedule.nextAt.getTime() + 60_000);
  });
});
