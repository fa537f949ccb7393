import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimRuns } from "@/inngest/local/claim-runs";
import { createRun } from "@/inngest/local/create-run";
import { functionConfigSchema, toEngineFunction } from "@/inngest/local/function-config";
import type { Database } from "@/lib/db/open-database";
import { createTestDatabase, testDatabaseKinds } from "../support/test-database";

const engineFunction = (id: string, priority?: string) =>
  toEngineFunction(
    functionConfigSchema.parse({
      id,
      triggers: [{ event: "test/priority" }],
      steps: { step: { id: "step", runtime: { type: "http", url: "http://127.0.0.1:1/api/inngest" } } },
      ...(priority === undefined ? {} : { priority: { run: priority } }),
    }),
    "http://127.0.0.1:1/api/inngest",
  );

describe.each(testDatabaseKinds())("the local engine's run priority (%s)", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    db = database.db;
  });
  afterAll(async () => database.dispose());

  it("reads priority.run from the synced config, evaluated per event and kept within ±600 s", async () => {
    const fromEvent = engineFunction("from-event", "event.data.boost");
    expect(fromEvent.problems).toEqual([]);
    const now = new Date("2026-11-22T12:00:00Z");
    const event = (boost: unknown) => ({ id: `e-${String(boost)}`, name: "test/priority", data: { boost }, ts: now.getTime() });
    const runIds = await Promise.all([5, 9_000, "high"].map((boost) => createRun(db, fromEvent, event(boost), now)));
    const claimed = await claimRuns(db, { now, limit: 3, leaseMs: 1_000 });
    const priorities = new Map(claimed.map((run) => [run.runId, run.prioritySeconds]));
    expect(runIds.map((runId) => priorities.get(runId ?? ""))).toEqual([5, 600, 0]);
  });

  it("claims a run with priority ahead of runs that were due earlier", async () => {
    const now = new Date("2026-11-22T13:00:00Z");
    const plain = engineFunction("plain");
    const urgent = engineFunction("urgent", "60");
    const event = (id: string) => ({ id, name: "test/priority", data: {}, ts: now.getTime() });
    const early = await createRun(db, plain, event("early"), new Date(now.getTime() - 30_000));
    const late = await createRun(db, urgent, event("late"), now);
    const [first] = await claimRuns(db, { now, limit: 1, leaseMs: 1_000 });
    expect(first?.runId).toBe(late);
    const [second] = await claimRuns(db, { now, limit: 1, leaseMs: 1_000 });
    expect(second?.runId).toBe(early);
  });
});
