"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/define-action";
import { mergeCustomers } from "@/lib/customers/merge-customers";
import { mergeCustomersInputSchema, undoMergeInputSchema } from "@/lib/customers/merge-input";
import { undoMerge } from "@/lib/customers/undo-merge";
import { getDb } from "@/lib/db";

const mergeRefusals = {
  self: "A customer cannot be merged into themselves.",
  "not-found": "One of these customers no longer exists.",
  "survivor-merged-away": "This customer has been merged into someone else since; open that customer instead.",
  "already-merged-away": "That customer has already been merged into someone else.",
} as const;

const undoRefusals = {
  "not-found": "That merge no longer exists.",
  "already-undone": "That merge has already been undone.",
  "survivor-merged-away": "This customer was merged into someone else since: undo that later merge first.",
  "changed-since": "The records have changed since this merge, so it cannot be undone exactly.",
} as const;

/** The owner folds another customer into this one (audited, with the reason). */
export const mergeCustomersAction = defineAction("customers:merge", mergeCustomersInputSchema, async (input, user) => {
  const result = await mergeCustomers(getDb(), input, user.id);
  if (!result.merged) return { ok: false, error: mergeRefusals[result.reason] };
  revalidatePath(`/customers/${input.survivorId}`);
  revalidatePath(`/customers/${input.mergedId}`);
  const moved = `${result.movedIdentityIds.length} identit${result.movedIdentityIds.length === 1 ? "y" : "ies"} and ${result.movedOrderIds.length} order${result.movedOrderIds.length === 1 ? "" : "s"}`;
  return { ok: true, message: `Merged: ${moved} moved to this customer.` };
});

/** The owner reverses one merge exactly (audited, with the reason). */
export const undoMergeAction = defineAction("customers:merge", undoMergeInputSchema, async (input, user) => {
  const result = await undoMerge(getDb(), input, user.id);
  if (!result.undone) return { ok: false, error: undoRefusals[result.reason] };
  revalidatePath(`/customers/${result.survivorId}`);
  revalidatePath(`/customers/${result.mergedId}`);
  return { ok: true, message: "Merge undone: the other customer stands on their own again." };
});
