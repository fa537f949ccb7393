"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/auth/action-result";
import { replayInboxEntryAction } from "./replay-action";

/** Replays one failed or ignored inbox event; the reason is kept in the audit log. */
export function ReplayForm({ inboxId }: { inboxId: number }) {
  const [result, formAction, pending] = useActionState(replayInboxEntryAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} aria-label="Replay this event" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <input type="hidden" name="inboxId" value={inboxId} />
      <TextField label="Why replay it? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Queuing…" : "Replay event"}
      </Button>
    </form>
  );
}
