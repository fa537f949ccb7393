import { sql, type SQL } from "drizzle-orm";

/** A range of the shop's days, both ends included (`YYYY-MM-DD`). */
export type DateRange = { from: string; to: string };

/** The instants a range of the shop's days covers, in SQL: from midnight starting `from` to midnight ending `to`. */
export function rangeInstantsSql(range: DateRange, timeZone: string): { since: SQL; until: SQL } {
  return {
    since: sql`((${range.from}::date)::timestamp at time zone ${timeZone}::text)`,
    until: sql`(((${range.to}::date + 1))::timestamp at time zone ${timeZone}::text)`,
  };
}

/**
 * Restricts the orders aliased `o` to those placed within `range`, counted in the shop's time zone. Plain
 * comparisons on `placed_at`, so its index serves them.
 */
export function placedInRangeSql(range: DateRange, timeZone: string): SQL {
  const { since, until } = rangeInstantsSql(range, timeZone);
  return sql`o.placed_at >= ${since} and o.placed_at < ${until}`;
}
