import { listSalesChannels } from "@/lib/analytics/list-sales-channels";
import { loadDashboard } from "@/lib/analytics/load-dashboard";
import { loadReorderList } from "@/lib/analytics/load-reorder-list";
import { loadSlowMovers } from "@/lib/analytics/load-slow-movers";
import { readChannelFreshness } from "@/lib/analytics/read-channel-freshness";
import { readChannelSales } from "@/lib/analytics/read-channel-sales";
import { readOrderList } from "@/lib/analytics/read-order-list";
import { readStockPositions } from "@/lib/analytics/read-stock-positions";
import { readStockSettings } from "@/lib/analytics/read-stock-settings";
import { readStockVariance } from "@/lib/analytics/read-stock-variance";
import { readStockVsSales } from "@/lib/analytics/read-stock-vs-sales";
import { readTopCustomers } from "@/lib/analytics/read-top-customers";
import { addDays, localDateOf } from "@/lib/analytics/shop-calendar";
import type { Database } from "@/lib/db/open-database";

/** The whole page as app/(portal)/dashboard/page.tsx loads it, for the default view and for a wide filter. */
export const wholePageLoads = ["loadDashboard (whole page, default filters)", "loadDashboard (6 months, two channels)"] as const;

/** Every query the dashboard (and its drill-down and CSV) runs, with the parameters the views use; the page loads last. */
export function dashboardQueries(db: Database, now: Date, timeZone: string): Record<string, () => Promise<unknown>> {
  const today = localDateOf(now, timeZone);
  const month = { from: addDays(today, -29), to: today };
  const halfYear = { from: addDays(today, -181), to: today };
  return {
    listSalesChannels: () => listSalesChannels(db),
    "readChannelSales 30 days by day": () => readChannelSales(db, { range: month, timeZone, unit: "day", channels: null }),
    "readChannelSales 6 months by week": () => readChannelSales(db, { range: halfYear, timeZone, unit: "week", channels: null }),
    "readChannelSales 6 months, one store": () => readChannelSales(db, { range: halfYear, timeZone, unit: "week", channels: ["shopify-2"] }),
    "readStockVsSales 30 days": () => readStockVsSales(db, { range: month, timeZone, channels: null }),
    "readStockVsSales 6 months": () => readStockVsSales(db, { range: halfYear, timeZone, channels: null }),
    "readStockPositions 30-day window": () => readStockPositions(db, { now, windowDays: 30 }),
    "readStockPositions 180-day window": () => readStockPositions(db, { now, windowDays: 180 }),
    readStockSettings: () => readStockSettings(db),
    "loadReorderList + loadSlowMovers": async () => loadSlowMovers(db, { positions: (await loadReorderList(db, { now, windowDays: 30 })).positions, windowDays: 30, now }),
    readTopCustomers: () => readTopCustomers(db, { now, limit: 10 }),
    readStockVariance: () => readStockVariance(db),
    readChannelFreshness: () => readChannelFreshness(db, { now }),
    "readOrderList 30 days, page 1": () => readOrderList(db, { range: month, timeZone, channels: null, sku: null, limit: 50, offset: 0 }),
    "readOrderList 6 months, one SKU": () => readOrderList(db, { range: halfYear, timeZone, channels: null, sku: "FLT-P02-NAT", limit: 50, offset: 0 }),
    [wholePageLoads[0]]: () => loadDashboard(db, { searchParams: {}, now, timeZone }),
    [wholePageLoads[1]]: () => loadDashboard(db, { searchParams: { from: halfYear.from, to: halfYear.to, channel: ["in_store", "stripe"] }, now, timeZone }),
  };
}
