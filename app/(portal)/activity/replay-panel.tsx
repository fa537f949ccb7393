"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/auth/action-result";
import { replayInboxEntryAction } from "./replay-action";

/**
 * Replaying one inbox entry: the form while the entry failed or was ignored, and what became of it afterwards.
 * It stays mounted when the page refreshes after a replay, so the answer stays in view.
 */
export function ReplayPanel({ inboxId, replayable, waiting }: { inboxId: number; replayable: boolean; waiting: boolean }) {
  const [result, formAction, pending] = useActionState(replayInboxEntryAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <section aria-label="Replay" className="space-y-3">
      {replayable ? (
        <form action={formAction} aria-label="Replay this event" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3">
          <input type="hidden" name="inboxId" value={inboxId} />
          <TextField label="Why replay it? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
          <Button type="submit" disabled={pending}>
            {pending ? "Queuing…" : "Replay event"}
          </Button>
        </form>
      ) : null}
      <ActionMessage result={result} />
      {waiting ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Waiting to be sent to the engine: the inbox sweep re-sends every received entry.
        </p>
      ) : null}
    </section>
  );
}
