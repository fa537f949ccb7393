"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult, type ActionResult } from "@/lib/auth/action-result";

type FormAction = (previous: ActionResult, form: FormData) => Promise<ActionResult>;

/** The owner's count of a SKU, with a required reason, posted to Lightspeed as an inventory count. */
export function OverrideForm({ action, shops }: { action: FormAction; shops: ReadonlyArray<{ id: number; name: string }> }) {
  const [result, formAction, pending] = useActionState(action, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" aria-label="Override on-hand">
      <p className="text-sm text-stone-600">
        Your count is posted to Lightspeed as an inventory count. Once Lightspeed has reconciled it, the portal&apos;s on-hand and every
        Shopify store follow; until then it shows as pending. The ledger and the audit log keep it with your reason.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="SKU" name="sku" required autoComplete="off" errors={errors?.["sku"]} />
        <TextField label="Counted on-hand" name="onHand" type="number" inputMode="numeric" min={0} step={1} required errors={errors?.["onHand"]} />
        {shops.length > 1 ? (
          <label className="block">
            <span className="text-sm font-medium text-stone-700">Lightspeed shop</span>
            <select name="lightspeedShopId" className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3">
              {shops.map((shop) => (
                <option key={shop.id} value={shop.id}>
                  {shop.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <input type="hidden" name="lightspeedShopId" value={shops[0]?.id ?? ""} />
        )}
        <TextField label="Reason" name="reason" required minLength={3} maxLength={500} errors={errors?.["reason"]} />
      </div>
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Override on-hand"}
      </Button>
    </form>
  );
}
