"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/auth/action-result";
import { undoMergeAction } from "./merge-actions";

/** The owner's undo of one merge into this customer, with a required reason. Stays to show its answer once undone. */
export function UndoMergeForm({ mergeId, mergedName, undone }: { mergeId: number; mergedName: string; undone: boolean }) {
  const [result, formAction, pending] = useActionState(undoMergeAction, initialActionResult);
  if (undone) return <div className="mt-2"><ActionMessage result={result} /></div>;
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <details className="mt-2 rounded-md border border-stone-200 px-3">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium text-stone-800">Undo this merge</summary>
      <form action={formAction} aria-label={`Undo the merge of ${mergedName}`} className="space-y-3 pb-3">
        <input type="hidden" name="mergeId" value={mergeId} />
        <TextField label="Why undo it?" name="reason" required minLength={3} maxLength={500} errors={errors?.["reason"]} />
        <p className="text-xs text-stone-600">{mergedName} gets back exactly the identities and orders this merge moved.</p>
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? "Undoing…" : "Undo merge"}
        </Button>
        <ActionMessage result={result} />
      </form>
    </details>
  );
}
