"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/define-action";
import { getDb } from "@/lib/db";
import { removeSafetyBuffer, setSafetyBuffer } from "@/lib/settings/safety-buffers";
import { setItemLeadTime } from "@/lib/settings/set-item-lead-time";
import { settingDefinitions } from "@/lib/settings/setting-definitions";
import {
  leadTimeFormSchema,
  removeSafetyBufferFormSchema,
  safetyBufferFormSchema,
  shopSettingsFormSchema,
  storeSettingsFormSchema,
} from "@/lib/settings/settings-input";
import { updateSettings } from "@/lib/settings/update-settings";
import { updateStoreSettings } from "@/lib/settings/update-store-settings";

/** Settings change what every screen computes (sellable figures, the reorder list): refresh them all. */
function refreshScreens(): void {
  revalidatePath("/", "layout");
}

export const updateShopSettingsAction = defineAction("settings:edit", shopSettingsFormSchema, async ({ reason, ...changes }, user) => {
  const { changed } = await updateSettings(getDb(), { changes, reason }, user.id);
  if (changed.length === 0) return { ok: true, message: "Nothing changed." };
  refreshScreens();
  return { ok: true, message: `Saved: ${changed.map((key) => settingDefinitions[key].label.toLowerCase()).join(", ")}.` };
});

export const updateStoreAction = defineAction("settings:edit", storeSettingsFormSchema, async (input, user) => {
  const result = await updateStoreSettings(getDb(), input, user.id);
  if (!result.changed) {
    if (result.reason === "unchanged") return { ok: true, message: "Nothing changed." };
    return { ok: false, error: result.reason === "not-found" ? "That store is no longer connected." : "That Lightspeed shop does not exist." };
  }
  refreshScreens();
  return { ok: true, message: "Store saved. Every SKU of the store gets its new sellable figure at the next sync." };
});

export const setSafetyBufferAction = defineAction("settings:edit", safetyBufferFormSchema, async (input, user) => {
  const result = await setSafetyBuffer(getDb(), input, user.id);
  if (!result.changed) {
    if (result.reason === "unchanged") return { ok: true, message: `The buffer for ${input.sku} is already ${input.units}.` };
    if (result.reason === "unknown-sku") return { ok: false, error: "No item has that SKU.", fieldErrors: { sku: ["No item has this SKU (SKUs are matched exactly)"] } };
    return { ok: false, error: "That store is no longer connected." };
  }
  refreshScreens();
  return { ok: true, message: `Buffer for ${input.sku} set to ${input.units}.` };
});

export const removeSafetyBufferAction = defineAction("settings:edit", removeSafetyBufferFormSchema, async (input, user) => {
  const result = await removeSafetyBuffer(getDb(), input, user.id);
  if (!result.removed) return { ok: false, error: "That buffer was already removed." };
  refreshScreens();
  return { ok: true, message: "Buffer removed: the store's default applies." };
});

export const setLeadTimeAction = defineAction("settings:edit", leadTimeFormSchema, async (input, user) => {
  const result = await setItemLeadTime(getDb(), input, user.id);
  if (!result.changed) {
    if (result.reason === "unchanged") return { ok: true, message: "Nothing changed." };
    return { ok: false, error: "No item has that SKU.", fieldErrors: { sku: ["No item has this SKU (SKUs are matched exactly)"] } };
  }
  refreshScreens();
  return {
    ok: true,
    message: input.leadTimeDays === null ? `${input.sku} now uses the shop's default lead time.` : `Lead time for ${input.sku} set to ${input.leadTimeDays} days.`,
  };
});
