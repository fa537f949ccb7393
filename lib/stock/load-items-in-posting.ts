import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

/** An attempt older than this that never reached Lightspeed is not waited for any more. */
const attemptWindowMs = 10 * 60_000;

/**
 * Items whose stock the portal may be changing in Lightspeed right now: an online order or a restocking refund
 * whose posting has been attempted (claimed) but not yet confirmed. Lightspeed may already hold that sale while the
 * portal has not counted it, so a stock reading of such an item cannot be told apart from a change made in
 * Lightspeed; it waits until the posting is confirmed (and is then refused as older, or applied as what it is).
 */
export async function loadItemsInPosting(db: Executor, now: Date): Promise<Set<number>> {
  const since = new Date(now.getTime() - attemptWindowMs).toISOString();
  const rows = await queryRows(
    db,
    sql`
      select p.item_id from pending_units p join orders o on o.id = p.order_id
       where p.released_at is null and o.status = 'pending' and o.posting_claimed_until > ${since}::timestamptz
      union
      select l.item_id from refund_lines l join refunds r on r.id = l.refund_id
       where l.restock and l.item_id is not null and r.lightspeed_refund_id is null and r.posted_at is null
         and r.posting_claimed_until > ${since}::timestamptz`,
    z.object({ item_id: z.coerce.number() }),
  );
  return new Set(rows.map((row) => row.item_id));
}
