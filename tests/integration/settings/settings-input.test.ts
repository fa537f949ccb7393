// Pure logic: no database. Kept beside the settings tests (this work's test folders).
import { describe, expect, it } from "vitest";
import { leadTimeFormSchema, safetyBufferFormSchema, shopSettingsFormSchema, storeSettingsFormSchema } from "@/lib/settings/settings-input";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("settings forms", () => {
  it("accepts the shop-wide settings within bounds", () => {
    expect(shopSettingsFormSchema.parse({ poll_interval_seconds: " 10 ", default_lead_time_days: "14", safety_stock_days: "0", edit_policy: "hold_for_owner", reason: "" })).toEqual({
      poll_interval_seconds: 10,
      default_lead_time_days: 14,
      safety_stock_days: 0,
      edit_policy: "hold_for_owner",
      reason: null,
    });
  });

  it("keeps the poll interval between 2 and 300 seconds and refuses what is not a whole number", () => {
    const base = { default_lead_time_days: "14", safety_stock_days: "7", edit_policy: "lightspeed_wins" };
    expect(errorsOf(shopSettingsFormSchema.safeParse({ ...base, poll_interval_seconds: "1" }))).toEqual({ poll_interval_seconds: "At least 2" });
    expect(errorsOf(shopSettingsFormSchema.safeParse({ ...base, poll_interval_seconds: "301" }))).toEqual({ poll_interval_seconds: "At most 300" });
    for (const hostile of ["2.5", "1e2", "0x10", "-5", "", "ten", "<script>"]) {
      expect(shopSettingsFormSchema.safeParse({ ...base, poll_interval_seconds: hostile }).success, hostile).toBe(false);
    }
    expect(shopSettingsFormSchema.safeParse({ ...base, poll_interval_seconds: "5", edit_policy: "accept_anything" }).success).toBe(false);
  });

  it("bounds buffers and lead times, and reads a blank lead time as the shop default", () => {
    expect(storeSettingsFormSchema.safeParse({ storeId: "1", lightspeedShopId: "1", defaultSafetyBuffer: "1001" }).success).toBe(false);
    expect(safetyBufferFormSchema.parse({ storeId: "2", sku: " MUG-BLU ", units: "3" })).toEqual({ storeId: 2, sku: "MUG-BLU", units: 3, reason: null });
    expect(safetyBufferFormSchema.safeParse({ storeId: "x", sku: "", units: "-1" }).success).toBe(false);
    expect(leadTimeFormSchema.parse({ sku: "MUG-BLU", leadTimeDays: "" })).toEqual({ sku: "MUG-BLU", leadTimeDays: null, reason: null });
    expect(leadTimeFormSchema.parse({ sku: "MUG-BLU", leadTimeDays: "21", reason: " supplier moved " })).toEqual({ sku: "MUG-BLU", leadTimeDays: 21, reason: "supplier moved" });
    expect(leadTimeFormSchema.safeParse({ sku: "MUG-BLU", leadTimeDays: "366" }).success).toBe(false);
  });
});
