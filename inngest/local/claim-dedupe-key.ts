import { lte } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { localEngineDedupe } from "@/lib/db/schema";

export const dedupeWindowMs = 24 * 60 * 60 * 1000;

/**
 * Records `key` in `scope` and says whether it is new: false when the same key was seen within the window (an
 * event id sent twice, an idempotency key repeated), true otherwise. Atomic, so two racing claims get one `true`.
 */
export async function claimDedupeKey(db: Executor, scope: string, key: string, now: Date, windowMs = dedupeWindowMs): Promise<boolean> {
  const rows = await db
    .insert(localEngineDedupe)
    .values({ scope, key, seenAt: now })
    .onConflictDoUpdate({
      target: [localEngineDedupe.scope, localEngineDedupe.key],
      set: { seenAt: now },
      setWhere: lte(localEngineDedupe.seenAt, new Date(now.getTime() - windowMs)),
    })
    .returning({ key: localEngineDedupe.key });
  return rows.length > 0;
}
