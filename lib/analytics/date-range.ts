import { sql, type SQL } from "drizzle-orm";

/** A range of the shop's days, both ends included (`YYYY-MM-DD`). */
export type DateRange = { from: string; to: string };

/**
 * Restricts the orders aliased `o` to those placed within `range`, counted in the shop's time zone: from
 * midnight starting `from` to midnight ending `to`. Plain comparisons on `placed_at`, so its index serves them.
 */
export function placedInRangeSql(range: DateRange, timeZone: string): SQL {
  return sql`o.placed_at >= ((${range.from}::date)::timestamp at time zone ${timeZone}::text)
    and o.placed_at < (((${range.to}::date + 1))::timestamp at time zone ${timeZone}::text)`;
}
