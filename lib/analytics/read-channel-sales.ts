import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { placedInRangeSql, type DateRange } from "./date-range";
import { orderChannelFilterSql, orderChannelKeySql } from "./sales-channel";
import type { BucketUnit } from "./sales-buckets";

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
 * Orders, money and units per period and channel for the orders placed in `range` on `channels`. Lines, refunds
 * and returns are summed per period and channel (not per order first), and the period is formatted only once
 * per group: the time-zone conversion and the per-order grouping were most of the cost.
 */
export function readChannelSales(db: Executor, params: ChannelSalesParams): Promise<ChannelSalesRow[]> {
  return queryRows(
    db,
    sql`
      with o as (
        select o.id, o.total_cents, ${orderChannelKeySql} as channel_key,
          date_trunc(${params.unit}::text, o.placed_at at time zone ${params.timeZone}::text) as bucket
        from orders o
        where ${placedInRangeSql(params.range, params.timeZone)} and ${orderChannelFilterSql(params.channels)}
      ),
      placed as (select bucket, channel_key, count(*) as orders, sum(total_cents) as gross_cents from o group by bucket, channel_key),
      sold as (
        select o.bucket, o.channel_key, sum(l.quantity) as units
        from order_lines l join o on o.id = l.order_id group by o.bucket, o.channel_key
      ),
      refunded as (
        select o.bucket, o.channel_key, sum(r.amount_cents) as cents
        from refunds r join o on o.id = r.order_id group by o.bucket, o.channel_key
      ),
      returned as (
        select o.bucket, o.channel_key, sum(rl.quantity) as units
        from refund_lines rl join refunds r on r.id = rl.refund_id join o on o.id = r.order_id
        where rl.restock group by o.bucket, o.channel_key
      )
      select to_char(placed.bucket, 'YYYY-MM-DD') as bucket, placed.channel_key, placed.orders, placed.gross_cents,
        coalesce(refunded.cents, 0) as refunded_cents, coalesce(sold.units, 0) as units_sold, coalesce(returned.units, 0) as units_returned
      from placed
        left join sold on sold.bucket = placed.bucket and sold.channel_key = placed.channel_key
        left join refunded on refunded.bucket = placed.bucket and refunded.channel_key = placed.channel_key
        left join returned on returned.bucket = placed.bucket and returned.channel_key = placed.channel_key
      order by placed.bucket, placed.channel_key`,
    rowSchema,
  );
}
