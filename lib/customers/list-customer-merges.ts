import { desc, eq, inArray, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Executor } from "@/lib/db/open-database";
import { customerMerges, customers, users } from "@/lib/db/schema";

export type CustomerMergeView = {
  id: number;
  survivorId: number;
  survivorName: string;
  mergedId: number;
  mergedName: string;
  matchedOn: Record<string, string | boolean>;
  /** Null when the portal merged them on its own. */
  mergedByName: string | null;
  mergedAt: Date;
  undoneAt: Date | null;
  undoneByName: string | null;
  movedIdentityIds: number[];
  movedOrderIds: number[];
};

/** Merge chains deeper than this are not followed. */
const maximumDepth = 16;

/** The customer and every record merged into it, directly or through another merged record. */
export async function listMergeFamily(db: Executor, survivorId: number): Promise<number[]> {
  const family = [survivorId];
  let frontier = [survivorId];
  for (let depth = 0; depth < maximumDepth && frontier.length > 0; depth += 1) {
    const rows = await db.select({ id: customers.id }).from(customers).where(inArray(customers.mergedIntoId, frontier));
    frontier = rows.map((row) => row.id).filter((id) => !family.includes(id));
    family.push(...frontier);
  }
  return family;
}

/**
 * The merges that explain a customer, newest first: every merge into it or into a record merged into it
 * (done and undone), and any merge of this customer into another that was undone.
 */
export async function listCustomerMerges(db: Executor, customerId: number): Promise<CustomerMergeView[]> {
  const family = await listMergeFamily(db, customerId);
  const survivor = alias(customers, "survivor");
  const merged = alias(customers, "merged");
  const merger = alias(users, "merger");
  const undoer = alias(users, "undoer");
  const rows = await db
    .select({
      merge: customerMerges,
      survivorName: survivor.displayName,
      mergedName: merged.displayName,
      mergedByName: merger.name,
      undoneByName: undoer.name,
    })
    .from(customerMerges)
    .innerJoin(survivor, eq(survivor.id, customerMerges.survivorId))
    .innerJoin(merged, eq(merged.id, customerMerges.mergedId))
    .leftJoin(merger, eq(merger.id, customerMerges.mergedBy))
    .leftJoin(undoer, eq(undoer.id, customerMerges.undoneBy))
    .where(or(inArray(customerMerges.survivorId, family), eq(customerMerges.mergedId, customerId)))
    .orderBy(desc(customerMerges.mergedAt), desc(customerMerges.id));
  return rows.map(({ merge, survivorName, mergedName, mergedByName, undoneByName }) => ({
    id: merge.id,
    survivorId: merge.survivorId,
    survivorName,
    mergedId: merge.mergedId,
    mergedName,
    matchedOn: merge.matchedOn,
    mergedByName: merge.mergedBy === null ? null : (mergedByName ?? "a former account"),
    mergedAt: merge.mergedAt,
    undoneAt: merge.undoneAt,
    undoneByName: merge.undoneAt === null ? null : (undoneByName ?? "the portal"),
    movedIdentityIds: merge.movedIdentityIds,
    movedOrderIds: merge.movedOrderIds,
  }));
}
