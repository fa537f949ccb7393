import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { placedInRangeSql, type DateRange } from "./date-range";
import { orderChannelFilterSql, orderChannelKeySql } from "./sales-channel";
import type { SalesFigures } from "./summarise-channel-sales";

/** One order behind a dashboard figure. With a SKU filter, units are that SKU's units on the order. */
export type OrderListRow = {
  orderId: number;
  placedAt: Date;
  channelKey: string;
  sourceKey: string;
  status: string;
  /** The surviving customer record (merges followed), if the order has a customer. */
  customerId: number | null;
  customerName: string | null;
  unitsSold: number;
  unitsReturned: number;
  totalCents: number;
  refundedCents: number;
};

export type OrderListParams = {
  range: DateRange;
  timeZone: string;
  channels: readonly string[] | null;
  /** Only orders with a line of this SKU, counting only its units. */
  sku: string | null;
  limit: number;
  offset: number;
};

const rowSchema = z
  .object({
    order_id: z.coerce.number(),
    placed_at: z.coerce.date(),
    channel_key: z.string(),
    source_key: z.string(),
    status: z.string(),
    customer_id: z.coerce.number().nullable(),
    customer_name: z.string().nullable(),
    units_sold: z.coerce.number(),
    units_returned: z.coerce.number(),
    total_cents: z.coerce.number(),
    refunded_cents: z.coerce.number(),
  })
  .transform((row): OrderListRow => ({
    orderId: row.order_id,
    placedAt: row.placed_at,
    channelKey: row.channel_key,
    sourceKey: row.source_key,
    status: row.status,
    customerId: row.customer_id,
    customerName: row.customer_name,
    unitsSold: row.units_sold,
    unitsReturned: row.units_returned,
    totalCents: row.total_cents,
    refundedCents: row.refunded_cents,
  }));

const totalsSchema = z.object({
  orders: z.coerce.number(),
  gross_cents: z.coerce.number(),
  refunded_cents: z.coerce.number(),
  units_sold: z.coerce.number(),
  units_returned: z.coerce.number(),
});

/** What restricts the orders, and the lines and refund lines counted on them, for the filters. */
function filterSql(params: OrderListParams): { orders: SQL; lines: SQL; returns: SQL } {
  if (params.sku === null) {
    return { orders: sql`${placedInRangeSql(params.range, params.timeZone)} and ${orderChannelFilterSql(params.channels)}`, lines: sql`true`, returns: sql`true` };
  }
  const itemIds = sql`(select id from items where sku = ${params.sku})`;
  return {
    orders: sql`${placedInRangeSql(params.range, params.timeZone)} and ${orderChannelFilterSql(params.channels)}
      and exists (select 1 from order_lines l where l.order_id = o.id and l.item_id in ${itemIds})`,
    lines: sql`l.item_id in ${itemIds}`,
    returns: sql`coalesce(rl.item_id, (select ol.item_id from order_lines ol where ol.id = rl.order_line_id)) in ${itemIds}`,
  };
}

/**
 * One page of the orders behind a figure, newest first, and the figures of all of them. The page is cut first and
 * only its orders are summed line by line; the totals sum lines and refunds straight, without grouping per order.
 */
export async function readOrderList(db: Executor, params: OrderListParams): Promise<{ rows: OrderListRow[]; totals: SalesFigures }> {
  const filter = filterSql(params);
  const rows = await queryRows(
    db,
    sql`
      with recursive page as (
        select o.id, o.placed_at, o.source_key, o.status, o.customer_id, o.total_cents, ${orderChannelKeySql} as channel_key
        from orders o where ${filter.orders}
        order by o.placed_at desc, o.id desc limit ${params.limit} offset ${params.offset}
      ),
      merged_up (start_id, current_id, depth) as (
        select distinct customer_id, customer_id, 0 from page where customer_id is not null
        union all
        select merged_up.start_id, c.merged_into_id, merged_up.depth + 1
        from merged_up join customers c on c.id = merged_up.current_id
        where c.merged_into_id is not null and merged_up.depth < 20
      ),
      roots as (select distinct on (start_id) start_id as id, current_id as root_id from merged_up order by start_id, depth desc),
      sold as (select l.order_id, sum(l.quantity) as units from order_lines l join page on page.id = l.order_id where ${filter.lines} group by l.order_id),
      refunded as (select r.order_id, sum(r.amount_cents) as cents from refunds r join page on page.id = r.order_id group by r.order_id),
      returned as (
        select r.order_id, sum(rl.quantity) as units
        from refund_lines rl join refunds r on r.id = rl.refund_id join page on page.id = r.order_id
        where rl.restock and ${filter.returns} group by r.order_id
      )
      select page.id as order_id, page.placed_at, page.channel_key, page.source_key, page.status::text as status,
        roots.root_id as customer_id, c.display_name as customer_name,
        coalesce(sold.units, 0) as units_sold, coalesce(returned.units, 0) as units_returned,
        page.total_cents, coalesce(refunded.cents, 0) as refunded_cents
      from page
        left join roots on roots.id = page.customer_id
        left join customers c on c.id = roots.root_id
        left join sold on sold.order_id = page.id
        left join refunded on refunded.order_id = page.id
        left join returned on returned.order_id = page.id
      order by page.placed_at desc, page.id desc`,
    rowSchema,
  );
  const [totals] = await queryRows(
    db,
    sql`
      with o as (select o.id, o.total_cents from orders o where ${filter.orders})
      select
        (select count(*) from o) as orders,
        (select coalesce(sum(total_cents), 0) from o) as gross_cents,
        (select coalesce(sum(r.amount_cents), 0) from refunds r join o on o.id = r.order_id) as refunded_cents,
        (select coalesce(sum(l.quantity), 0) from order_lines l join o on o.id = l.order_id where ${filter.lines}) as units_sold,
        (select coalesce(sum(rl.quantity), 0) from refund_lines rl join refunds r on r.id = rl.refund_id join o on o.id = r.order_id
          where rl.restock and ${filter.returns}) as units_returned`,
    totalsSchema,
  );
  const grossCents = totals?.gross_cents ?? 0;
  const refundedCents = totals?.refunded_cents ?? 0;
  const unitsSold = totals?.units_sold ?? 0;
  const unitsReturned = totals?.units_returned ?? 0;
  return {
    rows,
    totals: { orders: totals?.orders ?? 0, grossCents, refundedCents, netCents: grossCents - refundedCents, unitsSold, unitsReturned, netUnits: unitsSold - unitsReturned },
  };
}
