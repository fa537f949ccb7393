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

/** The orders (`o`), with units, returns and refunds per order, for the filters. */
function orderFiguresCtes(params: OrderListParams): SQL {
  const itemFilter = params.sku === null ? sql`true` : sql`l.item_id in (select id from items where sku = ${params.sku})`;
  const returnFilter = params.sku === null ? sql`true` : sql`ol.item_id in (select id from items where sku = ${params.sku})`;
  const hasSku = params.sku === null ? sql`true` : sql`exists (select 1 from order_lines l where l.order_id = o.id and ${itemFilter})`;
  return sql`
    o as (
      select o.id, o.placed_at, o.source_key, o.status, o.customer_id, o.total_cents, ${orderChannelKeySql} as channel_key
      from orders o
      where ${placedInRangeSql(params.range, params.timeZone)} and ${orderChannelFilterSql(params.channels)} and ${hasSku}
    ),
    sold as (select l.order_id, sum(l.quantity) as units from order_lines l join o on o.id = l.order_id where ${itemFilter} group by l.order_id),
    refunded as (select r.order_id, sum(r.amount_cents) as cents from refunds r join o on o.id = r.order_id group by r.order_id),
    returned as (
      select r.order_id, sum(rl.quantity) as units
      from refund_lines rl join refunds r on r.id = rl.refund_id join o on o.id = r.order_id
        left join order_lines ol on ol.id = rl.order_line_id
      where rl.restock and ${returnFilter} group by r.order_id
    )`;
}

/** One page of the orders behind a figure, newest first, and the figures of all of them. */
export async function readOrderList(db: Executor, params: OrderListParams): Promise<{ rows: OrderListRow[]; totals: SalesFigures }> {
  const ctes = orderFiguresCtes(params);
  const rows = await queryRows(
    db,
    sql`
      with recursive roots (id, root_id, depth) as (
        select id, id, 0 from customers where merged_into_id is null
        union all
        select c.id, roots.root_id, roots.depth + 1 from customers c join roots on c.merged_into_id = roots.id where roots.depth < 20
      ),
      ${ctes},
      page as (select * from o order by o.placed_at desc, o.id desc limit ${params.limit} offset ${params.offset})
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
      with ${ctes}
      select count(*) as orders, coalesce(sum(o.total_cents), 0) as gross_cents,
        coalesce(sum(refunded.cents), 0) as refunded_cents, coalesce(sum(sold.units), 0) as units_sold,
        coalesce(sum(returned.units), 0) as units_returned
      from o
        left join sold on sold.order_id = o.id
        left join refunded on refunded.order_id = o.id
        left join returned on returned.order_id = o.id`,
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
