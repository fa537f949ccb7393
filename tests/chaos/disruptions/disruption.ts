import type { Database } from "@/lib/db/open-database";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { chaosLog, errorText } from "../chaos-log";
import type { PortalProcess } from "../portal-process";
import type { PrivatePostgres } from "../private-postgres";

export const disruptionNames = ["portal-restarts", "portal-kill", "engine-kill", "postgres-restart", "shopify-outage", "token-expiry"] as const;
export type DisruptionName = (typeof disruptionNames)[number];

/** What a disruption may act on. */
export type DisruptionContext = {
  portal: PortalProcess;
  controlUrls: SandboxConnection["controlUrls"];
  storeDomains: string[];
  /** The run's API fault rate (a disruption that changes a simulation's faults puts these back after). */
  faults: number;
  /** Reads the portal's database while the portal runs (Postgres only: PGlite allows one process). */
  readDatabase: (<T>(read: (db: Database) => Promise<T>) => Promise<T>) | null;
  /** The run's own Postgres server, when it has one. */
  privatePostgres: PrivatePostgres | null;
};

/** Something done to the running portal mid-traffic, with evidence that it really hit. */
export type Disruption = {
  name: DisruptionName;
  /** Called before each played event; starts the disruption's actions when their moment comes. */
  atEvent: (played: number) => void;
  /** Waits until every action started has ended (a restart is back, an outage is over). */
  finish: () => Promise<void>;
  /** Counts that show the disruption happened as meant (e.g. runs mid-call when the engine was killed). */
  evidence: () => Promise<Record<string, number>>;
  /** True when the disruption did what it is for: a run where it did not proves nothing. */
  happened: () => Promise<boolean>;
};

/**
 * The shared timing: each action runs once, in the background, when the traffic reaches its share `at` of `events`,
 * and never alongside another (a fast traffic can reach the second moment while the first action is still on: a
 * restart waits for the one before to be back); `finish` awaits them all. A failed action is logged and counted.
 */
export function scheduleActions(
  name: DisruptionName,
  events: number,
  actions: readonly { at: number; act: () => Promise<void> }[],
): Pick<Disruption, "atEvent" | "finish"> & { failures: () => number } {
  const due = actions.map((action) => ({ ...action, at: Math.floor(events * action.at), started: false }));
  let queue: Promise<void> = Promise.resolve();
  let failures = 0;
  return {
    atEvent: (played) => {
      for (const action of due) {
        if (action.started || played < action.at) continue;
        action.started = true;
        chaosLog(`${name}: at event ${played}`);
        queue = queue.then(() =>
          action.act().catch((error: unknown) => {
            failures += 1;
            chaosLog(`${name} failed: ${errorText(error)}`);
          }),
        );
      }
    },
    finish: async () => {
      for (const action of due) if (!action.started) chaosLog(`${name}: the traffic ended before event ${action.at}`);
      await queue;
    },
    failures: () => failures,
  };
}

/** Polls `count` until it is at least `least` (or `timeoutMs` passes) and answers the last count. */
export async function waitForCount(count: () => Promise<number>, least: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = await count();
  while (last < least && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    last = await count();
  }
  return last;
}
