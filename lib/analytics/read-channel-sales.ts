import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { rangeInstantsSql, type DateRange } from "./date-range";
import { orderChannelFilterSql, orderChannelKeySql } from "./sales-channel";
import { listBuckets, type BucketUnit } from "./sales-buckets";

/**
 * Sales of one channel in one period, counting the orders placed in it (every status: pending and refunded
 * orders were sales too). Refunds and returns are those of these orders, whenever they were made, so a
 * period's net figure never goes below zero.
 */
export type ChannelSalesRow = {
  /** First day of the period (`YYYY-MM-DD`, shop time zone). */
  bucket: string;
  channelKey: string;
  orders: number;
  /** What the orders took, tax included, in cents. */
  grossCents: number;
  /** What was refunded on them, tax included. */
  refundedCents: number;
  unitsSold: number;
  /** Units refunded and put back into stock. */
  unitsReturned: number;
};

const rowSchema = z
  .object({
    bucket: z.string(),
    channel_key: z.string(),
    orders: z.coerce.number(),
    gross_cents: z.coerce.number(),
    refunded_cents: z.coerce.number(),
    units_sold: z.coerce.number(),
    units_returned: z.coerce.number(),
  })
  .transform((row): ChannelSalesRow => ({
    bucket: row.bucket,
    channelKey: row.channel_key,
    orders: row.orders,
    grossCents: row.gross_cents,
    refundedCents: row.refunded_cents,
    unitsSold: row.units_sold,
    unitsReturned: row.units_returned,
  }));

export type ChannelSalesParams = { range: DateRange; timeZone: string; unit: BucketUnit; channels: readonly string[] | null };

/**
 * Orders, money and units per period and channel for the orders placed in `range` on `channels`, summed from
 * `sales_by_quarter_hour` (the shop's midnights fall on quarter-hours, so a range of its days is whole quarters).
 * Each quarter finds its period among the periods' first instants (`width_bucket`): only those few instants go
 * through the time zone, not every row.
 */
export function readChannelSales(db: Executor, params: ChannelSalesParams): Promise<ChannelSalesRow[]> {
  const { since, until } = rangeInstantsSql(params.range, params.timeZone);
  const buckets = listBuckets(params.range, params.unit);
  const keys = sql.join(buckets.map((bucket) => sql`${bucket.key}`), sql`, `);
  const starts = sql.join(buckets.map((bucket) => sql`((${bucket.from}::date)::timestamp at time zone ${params.timeZone}::text)`), sql`, `);
  return queryRows(
    db,
    sql`
      with o as (
        select width_bucket(o.period_start, array[${starts}]) as period, o.channel, o.shopify_store_id, sum(o.orders) as orders,
          sum(o.gross_cents) as gross_cents, sum(o.refunded_cents) as refunded_cents, sum(o.units_sold) as units_sold, sum(o.units_returned) as units_returned
        from sales_by_quarter_hour o
        where o.period_start >= ${since} and o.period_start < ${until} and ${orderChannelFilterSql(params.channels)}
        group by 1, 2, 3
      )
      select (array[${keys}]::text[])[o.period] as bucket, ${orderChannelKeySql} as channel_key, sum(o.orders) as orders, sum(o.gross_cents) as gross_cents,
        sum(o.refunded_cents) as refunded_cents, sum(o.units_sold) as units_sold, sum(o.units_returned) as units_returned
      from o
      group by 1, 2
      order by 1, 2`,
    rowSchema,
  );
}
