"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { submitKeepingValues } from "@/components/settings/submit-keeping-values";
import { initialActionResult } from "@/lib/auth/action-result";
import type { StoreSettingsRow } from "@/lib/settings/list-settings-data";
import { SelectInput } from "./select-input";
import { updateStoreAction } from "./settings-actions";

/** One Shopify store: the Lightspeed shop that feeds it and its default safety buffer. */
export function StoreSettingsForm({ store, shops }: { store: StoreSettingsRow; shops: readonly { id: number; name: string }[] }) {
  const [result, formAction, pending] = useActionState(updateStoreAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} aria-label={`Store ${store.name}`} className="space-y-3 rounded-md border border-stone-200 p-3" data-testid={`store-settings-${store.domain}`}>
      <div>
        <h3 className="font-semibold">{store.name}</h3>
        <p className="text-sm text-stone-600">{store.domain}</p>
      </div>
      <input type="hidden" name="storeId" value={store.id} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectInput
          label="Fed by Lightspeed shop"
          name="lightspeedShopId"
          defaultValue={String(store.lightspeedShopId)}
          options={shops.map((shop) => ({ value: String(shop.id), label: shop.name }))}
          errors={errors?.["lightspeedShopId"]}
        />
        <TextField
          label="Default safety buffer (units)"
          name="defaultSafetyBuffer"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          step={1}
          required
          defaultValue={store.defaultSafetyBuffer}
          errors={errors?.["defaultSafetyBuffer"]}
        />
      </div>
      <TextField label="Why? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
      <ActionMessage result={result} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save store"}
      </Button>
    </form>
  );
}
