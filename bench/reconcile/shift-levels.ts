import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";

/** Moves every store's `available` of each `every`-th item by `by` units (a drift the reconciliation must find). */
export async function shiftStoreLevels(db: Database, options: { every: number; by: number }): Promise<void> {
  await db.execute(sql`update shopify_levels set available = greatest(0, available + ${options.by}) where item_id % ${options.every} = 0`);
}

/** Moves the portal's on-hand of each `every`-th item by `by` units (what Lightspeed holds is left as it was). */
export async function shiftPortalOnHand(db: Database, options: { every: number; by: number }): Promise<void> {
  await db.execute(sql`update lightspeed_levels set on_hand = on_hand + ${options.by} where item_id % ${options.every} = 0`);
}
