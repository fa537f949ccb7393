"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { initialActionResult } from "@/lib/auth/action-result";
import { removeSafetyBufferAction, setSafetyBufferAction } from "./settings-actions";

/** Change or remove one per-SKU buffer in place. */
export function SafetyBufferRowActions({ storeId, itemId, sku, units }: { storeId: number; itemId: number; sku: string; units: number }) {
  const [setResult, set, setPending] = useActionState(setSafetyBufferAction, initialActionResult);
  const [removeResult, remove, removePending] = useActionState(removeSafetyBufferAction, initialActionResult);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <form action={set} className="flex items-center gap-2">
          <input type="hidden" name="storeId" value={storeId} />
          <input type="hidden" name="sku" value={sku} />
          <input
            type="number"
            name="units"
            min={0}
            max={1000}
            step={1}
            required
            defaultValue={units}
            aria-label={`Buffer for ${sku}`}
            className="min-h-11 w-24 rounded-md border border-stone-300 px-3"
          />
          <Button type="submit" variant="secondary" disabled={setPending}>
            Save
          </Button>
        </form>
        <form action={remove}>
          <input type="hidden" name="storeId" value={storeId} />
          <input type="hidden" name="itemId" value={itemId} />
          <Button type="submit" variant="danger" disabled={removePending}>
            Remove
          </Button>
        </form>
      </div>
      <ActionMessage result={setResult} />
      <ActionMessage result={removeResult} />
    </div>
  );
}
