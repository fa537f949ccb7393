import { z } from "zod";
import { parseChannels, parseRange, plainSearchParams, readRawFilters, type FilterContext } from "./dashboard-filters";
import type { DateRange } from "./date-range";

export const orderListPageSize = 50;
const maxPage = 10_000;

export type OrderListFilters = { range: DateRange; channels: string[] | null; sku: string | null; page: number };

const extraSchema = z.object({
  sku: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(maxPage).optional().catch(undefined),
});

/** The drill-down's filters: the dashboard's range and channels, a SKU and a page; bad values become defaults. */
export function parseOrderListFilters(searchParams: unknown, context: FilterContext): OrderListFilters {
  const raw = readRawFilters(searchParams);
  const extra = extraSchema.parse(plainSearchParams(searchParams));
  return { range: parseRange(raw, context.today), channels: parseChannels(raw.channel, context.channelKeys), sku: extra.sku ?? null, page: extra.page ?? 1 };
}

/** The drill-down's URL for these filters (`/dashboard/orders?…`). */
export function orderListHref(filters: Omit<OrderListFilters, "page"> & { page?: number }): string {
  const params = new URLSearchParams({ from: filters.range.from, to: filters.range.to });
  for (const key of filters.channels ?? []) params.append("channel", key);
  if (filters.sku !== null) params.set("sku", filters.sku);
  if (filters.page !== undefined && filters.page > 1) params.set("page", String(filters.page));
  return `/dashboard/orders?${params.toString()}`;
}
