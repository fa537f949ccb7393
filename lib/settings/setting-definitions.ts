import { z } from "zod";

/**
 * What happens when someone edits stock in Shopify's admin (an `inventory_levels/update` that is not the echo of
 * the portal's own write). Lightspeed is the on-hand truth (DESIGN.md §2), so no policy lets a Shopify edit change
 * Lightspeed: only an owner's audited override does.
 */
export const editPolicies = ["lightspeed_wins", "hold_for_owner"] as const;
export type EditPolicy = (typeof editPolicies)[number];

export const editPolicyDescriptions: Record<EditPolicy, { label: string; description: string }> = {
  lightspeed_wins: {
    label: "Lightspeed wins (recommended)",
    description: "The portal puts the store back to its sellable figure at once and records the edit as drift you can see.",
  },
  hold_for_owner: {
    label: "Hold for the owner",
    description:
      "The edit stays in Shopify and is recorded as drift; nothing is overwritten until you repair it in Reconcile (or record a count, if the shelf really changed).",
  },
};

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: "Enter a whole number" })
    .int("Enter a whole number")
    .min(min, `At least ${min}`)
    .max(max, `At most ${max}`);

/** Each shop-wide setting: its stored value's schema, its default, and what it means. */
export const settingDefinitions = {
  poll_interval_seconds: {
    schema: wholeNumber(2, 300),
    defaultValue: 5,
    label: "Lightspeed poll interval (seconds)",
    description: "The longest the portal waits between asks to Lightspeed for new till sales and levels (2–300 s), used while sales being written need the rate budget; when the budget is idle it asks about every 2 s.",
  },
  default_lead_time_days: {
    schema: wholeNumber(0, 365),
    defaultValue: 14,
    label: "Default supplier lead time (days)",
    description: "Used for every item without a lead time of its own.",
  },
  safety_stock_days: {
    schema: wholeNumber(0, 90),
    defaultValue: 7,
    label: "Safety stock (days of sales)",
    description: "Extra days of sales the reorder list keeps on the shelf beyond the lead time.",
  },
  edit_policy: {
    schema: z.enum(editPolicies, { error: "Choose a policy" }),
    defaultValue: "lightspeed_wins" as EditPolicy,
    label: "When stock is edited in Shopify's admin",
    description: "Lightspeed stays the on-hand truth either way.",
  },
} as const;

export type SettingKey = keyof typeof settingDefinitions;
export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

/** Every setting as stored (`settings.value`, by key); a missing or invalid value becomes its default. */
export const storedSettingsSchema = z.object({
  poll_interval_seconds: settingDefinitions.poll_interval_seconds.schema.catch(settingDefinitions.poll_interval_seconds.defaultValue),
  default_lead_time_days: settingDefinitions.default_lead_time_days.schema.catch(settingDefinitions.default_lead_time_days.defaultValue),
  safety_stock_days: settingDefinitions.safety_stock_days.schema.catch(settingDefinitions.safety_stock_days.defaultValue),
  edit_policy: settingDefinitions.edit_policy.schema.catch(settingDefinitions.edit_policy.defaultValue),
});

export type ShopSettings = z.output<typeof storedSettingsSchema>;

export const defaultSettings: ShopSettings = storedSettingsSchema.parse({});
