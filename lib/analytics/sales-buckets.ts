import { addDays, addMonths, dayCount, maxDate, minDate, startOfMonth, startOfWeek } from "./shop-calendar";
import type { DateRange } from "./date-range";

/** How the channel mix groups days: by day up to a month, by week up to half a year, by month beyond. */
export type BucketUnit = "day" | "week" | "month";

/** One period on the chart: `key` is its first day (as Postgres `date_trunc` gives it), `from`–`to` its days within the range. */
export type SalesBucket = { key: string; from: string; to: string };

export function bucketUnitFor(range: DateRange): BucketUnit {
  const days = dayCount(range.from, range.to);
  if (days <= 31) return "day";
  if (days <= 190) return "week";
  return "month";
}

function truncate(date: string, unit: BucketUnit): string {
  if (unit === "week") return startOfWeek(date);
  if (unit === "month") return startOfMonth(date);
  return date;
}

function next(date: string, unit: BucketUnit): string {
  if (unit === "week") return addDays(date, 7);
  if (unit === "month") return addMonths(date, 1);
  return addDays(date, 1);
}

/** Every period of `range`, empty ones included, in order. */
export function listBuckets(range: DateRange, unit: BucketUnit): SalesBucket[] {
  const buckets: SalesBucket[] = [];
  for (let key = truncate(range.from, unit); key <= range.to; key = next(key, unit)) {
    buckets.push({ key, from: maxDate(key, range.from), to: minDate(addDays(next(key, unit), -1), range.to) });
  }
  return buckets;
}
