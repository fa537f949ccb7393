import { inArray } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { settings } from "@/lib/db/schema";

/** The shop-wide settings the reorder list needs. */
export type StockSettings = {
  /** Lead time for items without their own supplier lead time. */
  defaultLeadTimeDays: number;
  /** Safety stock, as days of sales. */
  safetyStockDays: number;
};

/** Used when a setting is missing or invalid (the demo shop's values). */
export const fallbackStockSettings: StockSettings = { defaultLeadTimeDays: 14, safetyStockDays: 7 };

const days = z.number().int().min(0).max(365);

export async function readStockSettings(db: Executor): Promise<StockSettings> {
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, ["default_lead_time_days", "safety_stock_days"]));
  const valueOf = (key: string, fallback: number): number => {
    const parsed = days.safeParse(rows.find((row) => row.key === key)?.value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    defaultLeadTimeDays: valueOf("default_lead_time_days", fallbackStockSettings.defaultLeadTimeDays),
    safetyStockDays: valueOf("safety_stock_days", fallbackStockSettings.safetyStockDays),
  };
}
