import { and, asc, eq, inArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, customerMerges, customers, orders } from "@/lib/db/schema";
import type { UndoMergeInput } from "./merge-input";

export type UndoMergeResult =
  | { undone: true; survivorId: number; mergedId: number }
  | { undone: false; reason: "not-found" | "already-undone" | "survivor-merged-away" | "changed-since" };

/**
 * Reverses one merge exactly: the identities and orders listed in the merge row go back to the merged
 * customer, which stands on its own again; the merge row keeps who undid it and when. One transaction,
 * audited with the reason. Refuses a merge undone already, and one whose survivor was merged away since
 * (undo that later merge first), so that no other merge's record of what moved becomes false.
 */
export async function undoMerge(db: Executor, input: UndoMergeInput, actorUserId: number): Promise<UndoMergeResult> {
  return db.transaction(async (tx) => {
    const [merge] = await tx.select().from(customerMerges).where(eq(customerMerges.id, input.mergeId)).limit(1).for("update");
    if (!merge) return { undone: false, reason: "not-found" } as const;
    if (merge.undoneAt !== null) return { undone: false, reason: "already-undone" } as const;

    const locked = await tx
      .select()
      .from(customers)
      .where(inArray(customers.id, [merge.survivorId, merge.mergedId]))
      .orderBy(asc(customers.id))
      .for("update");
    const survivor = locked.find((row) => row.id === merge.survivorId);
    const merged = locked.find((row) => row.id === merge.mergedId);
    if (!survivor || !merged) return { undone: false, reason: "not-found" } as const;
    if (survivor.mergedIntoId !== null) return { undone: false, reason: "survivor-merged-away" } as const;
    if (merged.mergedIntoId !== survivor.id) return { undone: false, reason: "changed-since" } as const;

    const identityIds = merge.movedIdentityIds;
    const orderIds = merge.movedOrderIds;
    const identitiesHere =
      identityIds.length === 0
        ? []
        : await tx
            .select({ id: customerIdentities.id })
            .from(customerIdentities)
            .where(and(inArray(customerIdentities.id, identityIds), eq(customerIdentities.customerId, survivor.id)))
            .for("update");
    const ordersHere =
      orderIds.length === 0
        ? []
        : await tx.select({ id: orders.id }).from(orders).where(and(inArray(orders.id, orderIds), eq(orders.customerId, survivor.id))).for("update");
    if (identitiesHere.length !== new Set(identityIds).size || ordersHere.length !== new Set(orderIds).size) {
      return { undone: false, reason: "changed-since" } as const;
    }

    if (identityIds.length > 0) await tx.update(customerIdentities).set({ customerId: merged.id }).where(inArray(customerIdentities.id, identityIds));
    if (orderIds.length > 0) await tx.update(orders).set({ customerId: merged.id }).where(inArray(orders.id, orderIds));
    await tx.update(customers).set({ mergedIntoId: null }).where(eq(customers.id, merged.id));
    const undoneAt = new Date();
    await tx.update(customerMerges).set({ undoneAt, undoneBy: actorUserId }).where(eq(customerMerges.id, merge.id));

    await recordAudit(tx, {
      actorUserId,
      action: "customer.merge.undo",
      subjectType: "customer",
      subjectId: String(survivor.id),
      before: {
        mergeId: merge.id,
        merged: { id: merged.id, mergedIntoId: survivor.id },
        survivor: { id: survivor.id, identityIds, orderIds },
      },
      after: {
        mergeId: merge.id,
        undoneAt: undoneAt.toISOString(),
        merged: { id: merged.id, mergedIntoId: null, identityIds, orderIds },
      },
      reason: input.reason,
    });
    return { undone: true, survivorId: survivor.id, mergedId: merged.id } as const;
  });
}
