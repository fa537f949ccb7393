import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";
import { settingDefinitions } from "./setting-definitions";

/** Why the owner made a change: optional, kept in the audit log. */
export const reasonSchema = z
  .string()
  .trim()
  .max(500, "At most 500 characters")
  .optional()
  .transform((reason) => (reason ? reason : null));

/** A whole number typed into a form: trimmed, required, digits only, then `schema`'s bounds. */
export const formNumber = (schema: z.ZodNumber) =>
  z
    .string({ error: "Required" })
    .trim()
    .min(1, "Required")
    .regex(/^\d+$/, "Enter a whole number")
    .transform((value) => Number(value))
    .pipe(schema);

const units = formNumber(z.number().int().min(0, "At least 0").max(1000, "At most 1000"));
const sku = z.string({ error: "Required" }).trim().min(1, "Required").max(100, "At most 100 characters");

export const shopSettingsFormSchema = z.object({
  poll_interval_seconds: formNumber(settingDefinitions.poll_interval_seconds.schema),
  default_lead_time_days: formNumber(settingDefinitions.default_lead_time_days.schema),
  safety_stock_days: formNumber(settingDefinitions.safety_stock_days.schema),
  edit_policy: settingDefinitions.edit_policy.schema,
  reason: reasonSchema,
});

export const storeSettingsFormSchema = z.object({
  storeId: recordIdSchema,
  lightspeedShopId: recordIdSchema,
  defaultSafetyBuffer: units,
  reason: reasonSchema,
});

export const safetyBufferFormSchema = z.object({ storeId: recordIdSchema, sku, units, reason: reasonSchema });

export const removeSafetyBufferFormSchema = z.object({ storeId: recordIdSchema, itemId: recordIdSchema, reason: reasonSchema });

/** Blank lead time: the item uses the shop's default. */
export const leadTimeFormSchema = z.object({
  sku,
  leadTimeDays: z
    .string()
    .trim()
    .optional()
    .transform((value) => value ?? "")
    .pipe(z.union([z.literal("").transform(() => null), formNumber(z.number().int().min(0, "At least 0").max(365, "At most 365"))])),
  reason: reasonSchema,
});

export type ShopSettingsForm = z.infer<typeof shopSettingsFormSchema>;
export type StoreSettingsForm = z.infer<typeof storeSettingsFormSchema>;
export type SafetyBufferForm = z.infer<typeof safetyBufferFormSchema>;
export type RemoveSafetyBufferForm = z.infer<typeof removeSafetyBufferFormSchema>;
export type LeadTimeForm = z.infer<typeof leadTimeFormSchema>;
