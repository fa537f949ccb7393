import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { chaosLog, sleep } from "../chaos-log";
import { scheduleActions, waitForCount, type Disruption, type DisruptionContext, type DisruptionName } from "./disruption";

const countSchema = z.object({ n: z.coerce.number() });

async function countOf(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = await queryRows(db, query, countSchema);
  return row?.n ?? 0;
}

/**
 * SIGKILL to the portal at 50 % of the events, at the moment `inFlight` counts at least one piece of work half
 * done, then a start while traffic goes on. The engine runs inside the portal's process (DESIGN §4), so killing it
 * mid-run is killing the process while a run is leased mid-call; "the portal killed mid-flow" is the same signal
 * while deliveries sit in the inbox accepted but not yet handled.
 */
function killMidFlow(
  name: DisruptionName,
  context: DisruptionContext,
  events: number,
  inFlight: { label: string; count: (db: Database) => Promise<number> },
): Disruption {
  const readDatabase = context.readDatabase;
  if (readDatabase === null) throw new Error(`--disrupt ${name} reads the portal's database while it runs: it needs Postgres (--database-url or a private server)`);
  let atKill = -1;
  const schedule = scheduleActions(name, events, [
    {
      at: 0.5,
      act: async () => {
        atKill = await waitForCount(() => readDatabase(inFlight.count), 1, 30_000);
        await context.portal.stop("SIGKILL");
        chaosLog(`${name}: SIGKILL with ${atKill} ${inFlight.label}`);
        await sleep(1_000);
        await context.portal.start();
        chaosLog(`${name}: the portal is back`);
      },
    },
  ]);
  return {
    name,
    ...schedule,
    evidence: async () => ({ [inFlight.label.replaceAll(" ", "_")]: atKill }),
    happened: async () => atKill > 0 && schedule.failures() === 0,
  };
}

/** Killed while accepted deliveries wait in the inbox (`received`/`sent`, not yet handled). */
export function portalKill(context: DisruptionContext, events: number, inboxBaselineId: number): Disruption {
  return killMidFlow("portal-kill", context, events, {
    label: "inbox entries open at kill",
    count: (db) => countOf(db, sql`select count(*) as n from webhook_inbox where status in ('received', 'sent') and id > ${inboxBaselineId}`),
  });
}

/** Killed while the engine holds runs mid-call (status `running` under a live lease). */
export function engineKill(context: DisruptionContext, events: number): Disruption {
  return killMidFlow("engine-kill", context, events, {
    label: "runs mid call at kill",
    count: (db) => countOf(db, sql`select count(*) as n from local_engine_runs where status = 'running' and lease_until > now()`),
  });
}
