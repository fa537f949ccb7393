import type { Executor } from "@/lib/db/open-database";
import { readSettings } from "@/lib/settings/read-settings";

/** The shop-wide settings the reorder list needs. */
export type StockSettings = {
  /** Lead time for items without their own supplier lead time. */
  defaultLeadTimeDays: number;
  /** Safety stock, as days of sales. */
  safetyStockDays: number;
};

/** Read through lib/settings, so a missing or invalid value falls back to the setting's own default. */
export async function readStockSettings(db: Executor): Promise<StockSettings> {
  const { values } = await readSettings(db);
  return { defaultLeadTimeDays: values.default_lead_time_days, safetyStockDays: values.safety_stock_days };
}
