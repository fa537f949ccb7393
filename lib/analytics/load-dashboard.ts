import type { Executor } from "@/lib/db/open-database";
import { parseDashboardFilters, type DashboardFilters } from "./dashboard-filters";
import { listSalesChannels } from "./list-sales-channels";
import { loadReorderList, type ReorderList } from "./load-reorder-list";
import { loadSlowMovers, type SlowMoverLine } from "./load-slow-movers";
import { readChannelFreshness, type ChannelFreshness } from "./read-channel-freshness";
import { readChannelSales } from "./read-channel-sales";
import { readStockVariance, type StockVariance } from "./read-stock-variance";
import { readStockVsSales, type StockVsSalesRow } from "./read-stock-vs-sales";
import { readTopCustomers, type TopCustomer } from "./read-top-customers";
import { bucketUnitFor, listBuckets, type BucketUnit } from "./sales-buckets";
import type { SalesChannel } from "./sales-channel";
import { localDateOf } from "./shop-calendar";
import { summariseByCategory, type CategoryStockVsSales } from "./summarise-by-category";
import { summariseChannelSales, type ChannelSalesSummary } from "./summarise-channel-sales";

export const topCustomerCount = 10;

export type DashboardData = {
  now: Date;
  today: string;
  channels: SalesChannel[];
  /** The filters in force (a category the shop does not have is dropped). */
  filters: DashboardFilters;
  unit: BucketUnit;
  sales: ChannelSalesSummary;
  stockVsSales: { items: StockVsSalesRow[]; categories: CategoryStockVsSales[] };
  slowMovers: SlowMoverLine[];
  reorder: ReorderList;
  topCustomers: TopCustomer[];
  variance: StockVariance;
  freshness: ChannelFreshness[];
};

/** Everything the dashboard shows, for the filters in `searchParams` (any value is safe). */
export async function loadDashboard(db: Executor, params: { searchParams: unknown; now: Date; timeZone: string }): Promise<DashboardData> {
  const { now, timeZone } = params;
  const today = localDateOf(now, timeZone);
  const channels = await listSalesChannels(db);
  const parsed = parseDashboardFilters(params.searchParams, { today, channelKeys: channels.map((channel) => channel.key) });
  const unit = bucketUnitFor(parsed.range);
  const [salesRows, stockRows, reorder, topCustomers, variance, freshness] = await Promise.all([
    readChannelSales(db, { range: parsed.range, timeZone, unit, channels: parsed.channels }),
    readStockVsSales(db, { range: parsed.range, timeZone, channels: parsed.channels }),
    loadReorderList(db, { now, windowDays: parsed.windowDays }),
    readTopCustomers(db, { now, limit: topCustomerCount }),
    readStockVariance(db),
    readChannelFreshness(db, { now }),
  ]);
  const slowMovers = await loadSlowMovers(db, { positions: reorder.positions, windowDays: parsed.windowDays, now });
  const shownKeys = channels.map((channel) => channel.key).filter((key) => parsed.channels === null || parsed.channels.includes(key));
  const filters = { ...parsed, category: stockRows.some((row) => row.category === parsed.category) ? parsed.category : null };
  return {
    now,
    today,
    channels,
    filters,
    unit,
    sales: summariseChannelSales(salesRows, listBuckets(parsed.range, unit), shownKeys),
    stockVsSales: { items: stockRows, categories: summariseByCategory(stockRows) },
    slowMovers,
    reorder,
    topCustomers,
    variance,
    freshness,
  };
}
