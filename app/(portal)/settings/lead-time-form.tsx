"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { submitKeepingValues } from "@/components/settings/submit-keeping-values";
import { initialActionResult } from "@/lib/auth/action-result";
import { setLeadTimeAction } from "./settings-actions";

/** Sets one item's supplier lead time; blank returns it to the shop's default. */
export function LeadTimeForm({ shopDefault }: { shopDefault: number }) {
  const [result, formAction, pending] = useActionState(setLeadTimeAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} aria-label="Set an item's lead time" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="SKU" name="sku" required maxLength={100} autoComplete="off" errors={errors?.["sku"]} />
        <TextField
          label={`Lead time (days; blank = shop default, ${shopDefault})`}
          name="leadTimeDays"
          type="number"
          inputMode="numeric"
          min={0}
          max={365}
          step={1}
          errors={errors?.["leadTimeDays"]}
        />
      </div>
      <TextField label="Why? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save lead time"}
      </Button>
    </form>
  );
}
