import { and, inArray, isNotNull, lt } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { localEngineDedupe, localEngineEvents, localEngineRuns } from "@/lib/db/schema";
import { dedupeWindowMs } from "./claim-dedupe-key";

/** Drops what the engine no longer needs: expired de-duplication keys, and finished runs and events past retention. */
export async function pruneEngineState(db: Executor, now: Date, retentionMs: number): Promise<void> {
  const horizon = new Date(now.getTime() - retentionMs);
  await db.delete(localEngineDedupe).where(lt(localEngineDedupe.seenAt, new Date(now.getTime() - dedupeWindowMs)));
  await db
    .delete(localEngineRuns)
    .where(and(inArray(localEngineRuns.status, ["completed", "failed", "cancelled"]), lt(localEngineRuns.endedAt, horizon)));
  await db.delete(localEngineEvents).where(and(isNotNull(localEngineEvents.fannedOutAt), lt(localEngineEvents.receivedAt, horizon)));
}
