import { asc, eq, inArray } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, customerMerges, customers, orders } from "@/lib/db/schema";
import type { MergeCustomersInput } from "./merge-input";

export type MergeCustomersResult =
  | { merged: true; mergeId: number; movedIdentityIds: number[]; movedOrderIds: number[] }
  | { merged: false; reason: "self" | "not-found" | "survivor-merged-away" | "already-merged-away" };

/**
 * The owner folds one customer into another: every identity and order of `mergedId` moves to `survivorId`,
 * the merged record points at the survivor, and the merge row lists exactly what moved, so `undoMerge`
 * can put it all back. One transaction, audited with the reason. Refuses a customer into itself, and
 * either side already merged away.
 */
export async function mergeCustomers(db: Executor, input: MergeCustomersInput, actorUserId: number): Promise<MergeCustomersResult> {
  if (input.survivorId === input.mergedId) return { merged: false, reason: "self" };
  return db.transaction(async (tx) => {
    const locked = await tx
      .select()
      .from(customers)
      .where(inArray(customers.id, [input.survivorId, input.mergedId]))
      .orderBy(asc(customers.id))
      .for("update");
    const survivor = locked.find((row) => row.id === input.survivorId);
    const merged = locked.find((row) => row.id === input.mergedId);
    if (!survivor || !merged) return { merged: false, reason: "not-found" } as const;
    if (survivor.mergedIntoId !== null) return { merged: false, reason: "survivor-merged-away" } as const;
    if (merged.mergedIntoId !== null) return { merged: false, reason: "already-merged-away" } as const;

    const movedIdentityIds = (
      await tx.update(customerIdentities).set({ customerId: survivor.id }).where(eq(customerIdentities.customerId, merged.id)).returning({ id: customerIdentities.id })
    )
      .map((row) => row.id)
      .sort((a, b) => a - b);
    const movedOrderIds = (await tx.update(orders).set({ customerId: survivor.id }).where(eq(orders.customerId, merged.id)).returning({ id: orders.id }))
      .map((row) => row.id)
      .sort((a, b) => a - b);
    await tx.update(customers).set({ mergedIntoId: survivor.id }).where(eq(customers.id, merged.id));

    const matchedOn: Record<string, string | boolean> = { manual: true, reason: input.reason };
    if (survivor.email !== null && survivor.email === merged.email) matchedOn["email"] = survivor.email;
    if (survivor.phone !== null && survivor.phone === merged.phone) matchedOn["phone"] = survivor.phone;
    const [mergeRow] = await tx
      .insert(customerMerges)
      .values({ survivorId: survivor.id, mergedId: merged.id, matchedOn, movedIdentityIds, movedOrderIds, mergedBy: actorUserId })
      .returning({ id: customerMerges.id });
    if (!mergeRow) throw new Error("the merge row was not written");

    await recordAudit(tx, {
      actorUserId,
      action: "customer.merge",
      subjectType: "customer",
      subjectId: String(survivor.id),
      before: {
        survivor: { id: survivor.id, displayName: survivor.displayName },
        merged: { id: merged.id, displayName: merged.displayName, mergedIntoId: null, identityIds: movedIdentityIds, orderIds: movedOrderIds },
      },
      after: {
        mergeId: mergeRow.id,
        merged: { id: merged.id, mergedIntoId: survivor.id },
        survivor: { id: survivor.id, gainedIdentityIds: movedIdentityIds, gainedOrderIds: movedOrderIds },
      },
      reason: input.reason,
    });
    return { merged: true, mergeId: mergeRow.id, movedIdentityIds, movedOrderIds } as const;
  });
}
