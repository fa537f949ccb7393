import { z } from "zod";
import type { DateRange } from "./date-range";
import { channelKeyPattern } from "./sales-channel";
import { addDays, dayCount, isIsoDate, minDate } from "./shop-calendar";

/** Search params as Next.js hands them to a page. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The rolling windows (days up to now) that velocity, days of cover, slow movers and the reorder list use. */
export const salesWindowDays = [14, 30, 60, 90, 180] as const;
export type SalesWindowDays = (typeof salesWindowDays)[number];

export const defaultRangeDays = 30;
export const maxRangeDays = 731;
export const defaultWindowDays: SalesWindowDays = 30;

export type DashboardFilters = {
  /** The shop's days whose orders the sales figures count. */
  range: DateRange;
  /** Channel keys to count; null means every channel. */
  channels: string[] | null;
  /** Days up to now that rates are measured over. */
  windowDays: SalesWindowDays;
  /** A category to drill into on the stock-vs-sales table; checked against the shop's categories by the caller. */
  category: string | null;
};

/** What a filter is checked against: the shop's today and its channel keys. */
export type FilterContext = { today: string; channelKeys: readonly string[] };

function isSalesWindow(days: number): days is SalesWindowDays {
  return salesWindowDays.some((candidate) => candidate === days);
}

const isoDate = z.string().max(10).refine(isIsoDate);
const listOf = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((entry) => entry.split(",")).map((entry) => entry.trim()))
  .pipe(z.array(z.string().max(40)).max(20));

const rawFiltersSchema = z.object({
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  channel: listOf.optional().catch(undefined),
  window: z
    .string()
    .transform((value, context) => {
      const days = Number(value);
      if (isSalesWindow(days)) return days;
      context.addIssue({ code: "custom", message: "not one of the sales windows" });
      return z.NEVER;
    })
    .optional()
    .catch(undefined),
  category: z.string().trim().min(1).max(80).optional().catch(undefined),
});

/**
 * The own string-keyed entries of whatever arrived, as a plain object: Next.js hands pages a proxied object that
 * zod does not take for a record, and a hostile caller may hand anything at all.
 */
export function plainSearchParams(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {};
}

export function parseRange(raw: { from?: string | undefined; to?: string | undefined }, today: string): DateRange {
  const to = raw.to === undefined ? today : minDate(raw.to, today);
  const defaultFrom = addDays(to, -(defaultRangeDays - 1));
  let from = raw.from ?? defaultFrom;
  if (from > to) from = defaultFrom;
  if (dayCount(from, to) > maxRangeDays) from = addDays(to, -(maxRangeDays - 1));
  return { from, to };
}

/** Known, well-formed channel keys; null (every channel) when none or all of them are chosen. */
export function parseChannels(raw: readonly string[] | undefined, channelKeys: readonly string[]): string[] | null {
  if (raw === undefined) return null;
  const chosen = channelKeys.filter((key) => channelKeyPattern.test(key) && raw.includes(key));
  return chosen.length === 0 || chosen.length === channelKeys.length ? null : chosen;
}

export function readRawFilters(searchParams: unknown): z.infer<typeof rawFiltersSchema> {
  return rawFiltersSchema.parse(plainSearchParams(searchParams));
}

/** The dashboard's filters from the URL: hostile or impossible values become the defaults, never an error. */
export function parseDashboardFilters(searchParams: unknown, context: FilterContext): DashboardFilters {
  const raw = readRawFilters(searchParams);
  return {
    range: parseRange(raw, context.today),
    channels: parseChannels(raw.channel, context.channelKeys),
    windowDays: raw.window ?? defaultWindowDays,
    category: raw.category ?? null,
  };
}

/** The query string (with `?`) that reproduces `filters`, with `overrides` applied; defaults are left out. */
export function dashboardQuery(filters: DashboardFilters, overrides: Partial<DashboardFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams({ from: merged.range.from, to: merged.range.to });
  for (const key of merged.channels ?? []) params.append("channel", key);
  if (merged.windowDays !== defaultWindowDays) params.set("window", String(merged.windowDays));
  if (merged.category !== null) params.set("category", merged.category);
  return `?${params.toString()}`;
}

/** URLSearchParams (a route handler's) as the record a page gets: repeated keys become arrays. */
export function searchParamsRecord(params: URLSearchParams): RawSearchParams {
  const record: RawSearchParams = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = values.length === 1 ? values[0] : values;
  }
  return record;
}
