"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { submitKeepingValues } from "@/components/settings/submit-keeping-values";
import { initialActionResult } from "@/lib/auth/action-result";
import { editPolicies, editPolicyDescriptions, settingDefinitions, type ShopSettings } from "@/lib/settings/setting-definitions";
import { updateShopSettingsAction } from "./settings-actions";

const numberKeys = ["poll_interval_seconds", "default_lead_time_days", "safety_stock_days"] as const;
const bounds = { poll_interval_seconds: [2, 300], default_lead_time_days: [0, 365], safety_stock_days: [0, 90] } as const;

/** Poll interval, default lead time, safety stock and the Shopify edit policy; every change audited. */
export function ShopSettingsForm({ values }: { values: ShopSettings }) {
  const [result, formAction, pending] = useActionState(updateShopSettingsAction, initialActionResult);
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} aria-label="Shop-wide settings" className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        {numberKeys.map((key) => (
          <div key={key}>
            <TextField
              label={settingDefinitions[key].label}
              name={key}
              type="number"
              inputMode="numeric"
              min={bounds[key][0]}
              max={bounds[key][1]}
              step={1}
              required
              defaultValue={values[key]}
              errors={errors?.[key]}
            />
            <p className="mt-1 text-xs text-stone-600">{settingDefinitions[key].description}</p>
          </div>
        ))}
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-stone-700">{settingDefinitions.edit_policy.label}</legend>
        <p className="text-xs text-stone-600">{settingDefinitions.edit_policy.description}</p>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {editPolicies.map((policy) => (
            <label key={policy} className="flex min-h-11 gap-3 rounded-md border border-stone-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name="edit_policy" value={policy} defaultChecked={values.edit_policy === policy} className="mt-1 size-5" />
              <span>
                <span className="block font-medium">{editPolicyDescriptions[policy].label}</span>
                <span className="block text-sm text-stone-600">{editPolicyDescriptions[policy].description}</span>
              </span>
            </label>
          ))}
        </div>
        {errors?.["edit_policy"]?.map((error) => (
          <span key={error} className="mt-1 block text-sm text-red-700">
            {error}
          </span>
        ))}
      </fieldset>
      <TextField label="Why? (optional, kept in the audit log)" name="reason" maxLength={500} errors={errors?.["reason"]} />
      <ActionMessage result={result} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
