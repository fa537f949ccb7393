import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customers } from "@/lib/db/schema";

/** Merge chains longer than this are not followed (they do not occur; this bounds a corrupt cycle). */
const maximumChainDepth = 16;

/**
 * The surviving customer of each id, following `merged_into_id` (a customer merged into one that was itself
 * merged later). Ids that do not exist, or whose chain does not end, are left out of the answer.
 */
export async function resolveSurvivorIds(db: Executor, ids: readonly number[]): Promise<Map<number, number>> {
  const survivorOf = new Map<number, number>();
  const current = new Map<number, number>(ids.map((id) => [id, id]));
  for (let depth = 0; depth <= maximumChainDepth && current.size > 0; depth += 1) {
    const lookups = [...new Set(current.values())];
    const rows = await db.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).where(inArray(customers.id, lookups));
    const next = new Map(rows.map((row) => [row.id, row.mergedIntoId]));
    for (const [origin, at] of current) {
      const mergedInto = next.get(at);
      if (mergedInto === undefined) current.delete(origin);
      else if (mergedInto === null) {
        survivorOf.set(origin, at);
        current.delete(origin);
      } else current.set(origin, mergedInto);
    }
  }
  return survivorOf;
}

/** The surviving customer of `id` (itself when not merged away), or null when there is no such customer. */
export async function resolveSurvivorId(db: Executor, id: number): Promise<number | null> {
  return (await resolveSurvivorIds(db, [id])).get(id) ?? null;
}
