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

/** Orders, money and units per period and channel for the orders placed in `range` on `channels`. */
export function readChannelSales(db: Executor, params: ChannelSalesParams): Promise<ChannelSalesRow[]> {
  return queryRows(
    db,
    sql`
      with o as (
        select o.id, o.total_cents, ${orderChannelKeySql} as channel_key,
          to_char(date_trunc(${params.unit}::text, o.placed_at at time zone ${params.timeZone}::text), 'YYYY-MM-DD') as bucket
        from orders o
        where ${placedInRangeSql(params.range, params.timeZone)} and ${orderChannelFilterSql(params.channels)}
      ),
      sold as (
        select l.order_id, sum(l.quantity) as units from order_lines l join o on o.id = l.order_id group by l.order_id
      ),
      refunded as (
        select r.order_id, sum(r.amount_cents) as cents from refunds r join o on o.id = r.order_id group by r.order_id
      ),
      returned as (
        select r.order_id, sum(rl.quantity) as units
        from refund_lines rl join refunds r on r.id = rl.refund_id join o on o.id = r.order_id
        where rl.restock group by r.order_id
      )
      select o.bucket, o.channel_key, count(*) as orders, sum(o.total_cents) as gross_cents,
        coalesce(sum(refunded.cents), 0) as refunded_cents, coalesce(sum(sold.units), 0) as units_sold,
        coalesce(sum(returned.units), 0) as units_returned
      from o
        left join sold on sold.order_id = o.id
        left join refunded on refunded.order_id = o.id
        left join returned on returned.order_id = o.id
      group by o.bucket, o.channel_key
      order by o.bucket, o.channel_key`,
    rowSchema,
  );
}
