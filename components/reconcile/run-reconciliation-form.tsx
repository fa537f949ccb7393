"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { initialActionResult, type ActionResult } from "@/lib/auth/action-result";

type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

/** "Run full reconciliation": queues a run; the page then shows its progress bar. */
export function RunReconciliationForm({ action, busy }: { action: FormAction; busy: boolean }) {
  const [result, formAction, pending] = useActionState(action, initialActionResult);
  return (
    <form action={formAction} className="space-y-2" aria-label="Run full reconciliation">
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Run full reconciliation"}
      </Button>
      {busy ? <p className="text-sm text-stone-600">A run is in progress; a new one waits for it to finish.</p> : null}
      <ActionMessage result={result} />
    </form>
  );
}
