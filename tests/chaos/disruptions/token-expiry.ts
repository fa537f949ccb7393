import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows } from "@/lib/db/query-rows";
import { callControl } from "@/sandbox/run/control-client";
import { chaosLog } from "../chaos-log";
import { scheduleActions, waitForCount, type Disruption, type DisruptionContext } from "./disruption";

const tokensSchema = z.object({ refreshes: z.number().int() });
const expiredSchema = z.object({ expired: z.number().int() });
const countSchema = z.object({ n: z.coerce.number() });

/**
 * Lightspeed's access tokens all expire at 30 %, 50 % and 70 % of the events, each time once online orders wait to
 * be posted (a backlog the portal is working through): every call after it is refused 401 until the portal
 * refreshes (the sandbox rotates refresh tokens and limits refreshes per minute, as R-Series does).
 */
export function tokenExpiry(context: DisruptionContext, events: number): Disruption {
  const readDatabase = context.readDatabase;
  const lightspeed = context.controlUrls.lightspeed;
  let refreshesBefore = -1;
  let expiries = 0;
  let backlogAtExpiry = 0;
  const unposted = () =>
    readDatabase === null
      ? Promise.resolve(1)
      : readDatabase(async (db) => {
          const [row] = await queryRows(db, sql`select count(*) as n from orders where lightspeed_sale_id is null and status = 'pending'`, countSchema);
          return row?.n ?? 0;
        });
  const expire = async () => {
    if (refreshesBefore < 0) refreshesBefore = (await callControl("GET", `${lightspeed}/tokens`, tokensSchema)).refreshes;
    const backlog = await waitForCount(unposted, 1, 15_000);
    const answer = await callControl("POST", `${lightspeed}/tokens/expire`, expiredSchema);
    expiries += 1;
    backlogAtExpiry += backlog;
    chaosLog(`token-expiry: ${answer.expired} access token(s) expired with ${backlog} order(s) waiting to be posted`);
  };
  const schedule = scheduleActions("token-expiry", events, [0.3, 0.5, 0.7].map((at) => ({ at, act: expire })));
  const refreshesSince = async () => (await callControl("GET", `${lightspeed}/tokens`, tokensSchema)).refreshes - refreshesBefore;
  return {
    name: "token-expiry",
    ...schedule,
    evidence: async () => ({ expiries, orders_waiting_at_expiry: backlogAtExpiry, refreshes: await refreshesSince() }),
    happened: async () => expiries === 3 && backlogAtExpiry > 0 && (await refreshesSince()) >= 3,
  };
}
