"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { submitKeepingValues } from "@/components/settings/submit-keeping-values";
import { initialActionResult } from "@/lib/auth/action-result";
import { SelectInput } from "./select-input";
import { setSafetyBufferAction } from "./settings-actions";

/** Adds a per-SKU buffer for one store, or changes it when it exists. */
export function SafetyBufferForm({ stores }: { stores: readonly { id: number; name: string }[] }) {
  const [result, formAction, pending] = useActionState(setSafetyBufferAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} aria-label="Set a SKU's safety buffer" className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectInput label="Store" name="storeId" options={stores.map((store) => ({ value: String(store.id), label: store.name }))} errors={errors?.["storeId"]} />
        <TextField label="SKU" name="sku" required maxLength={100} autoCapitalize="characters" autoComplete="off" errors={errors?.["sku"]} />
        <TextField label="Buffer (units)" name="units" type="number" inputMode="numeric" min={0} max={1000} step={1} required errors={errors?.["units"]} />
      </div>
      <TextField label="Why? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save buffer"}
      </Button>
    </form>
  );
}
