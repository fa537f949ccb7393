import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { orderChannelKeySql } from "./sales-channel";

/** A customer (a surviving record, with every record merged into it) and what they are worth. */
export type TopCustomer = {
  customerId: number;
  displayName: string;
  email: string | null;
  orders: number;
  /** What their orders took, tax included. */
  grossCents: number;
  refundedCents: number;
  /** Lifetime value: gross − refunded. */
  lifetimeValueCents: number;
  /** Channel keys they bought through. */
  channelKeys: string[];
  lastOrderAt: Date;
  /** Customer records merged into this one (their orders are counted here). */
  mergedRecords: number;
};

const rowSchema = z
  .object({
    customer_id: z.coerce.number(),
    display_name: z.string(),
    email: z.string().nullable(),
    orders: z.coerce.number(),
    gross_cents: z.coerce.number(),
    refunded_cents: z.coerce.number(),
    channel_keys: z.string(),
    last_order_at: z.coerce.date(),
    merged_records: z.coerce.number(),
  })
  .transform((row): TopCustomer => ({
    customerId: row.customer_id,
    displayName: row.display_name,
    email: row.email,
    orders: row.orders,
    grossCents: row.gross_cents,
    refundedCents: row.refunded_cents,
    lifetimeValueCents: row.gross_cents - row.refunded_cents,
    channelKeys: row.channel_keys.split(",").filter((key) => key !== ""),
    lastOrderAt: row.last_order_at,
    mergedRecords: row.merged_records,
  }));

/**
 * The customers worth most over their whole history up to `now`, across every channel: Σ order totals − Σ refunds
 * on those orders, from `customer_sales` less the orders placed at or after `now` (normally none). A merged
 * record's orders count under the record it was merged into (followed to the end of a chain of merges). Ties go to the lower customer id. The channels, last order and merged records are gathered
 * for the top customers only.
 */
export function readTopCustomers(db: Executor, params: { now: Date; limit: number }): Promise<TopCustomer[]> {
  const until = params.now.toISOString();
  return queryRows(
    db,
    sql`
      with recursive roots (id, root_id, depth) as (
        select id, id, 0 from customers where merged_into_id is null
        union all
        select c.id, roots.root_id, roots.depth + 1 from customers c join roots on c.merged_into_id = roots.id where roots.depth < 20
      ),
      later as (
        select o.customer_id, count(*) as orders, sum(o.total_cents) as gross_cents,
          coalesce(sum((select sum(r.amount_cents) from refunds r where r.order_id = o.id)), 0) as refunded_cents
        from orders o where o.placed_at >= ${until}::timestamptz and o.customer_id is not null group by o.customer_id
      ),
      per_customer as (
        select roots.root_id, sum(s.orders - coalesce(later.orders, 0)) as orders, sum(s.gross_cents - coalesce(later.gross_cents, 0)) as gross_cents,
          sum(s.refunded_cents - coalesce(later.refunded_cents, 0)) as refunded_cents
        from customer_sales s
          join roots on roots.id = s.customer_id
          left join later on later.customer_id = s.customer_id
        group by roots.root_id
        having sum(s.orders - coalesce(later.orders, 0)) > 0
      ),
      top as (select * from per_customer order by gross_cents - refunded_cents desc, root_id limit ${params.limit}),
      details as (
        select top.root_id, max(o.placed_at) as last_order_at, string_agg(distinct ${orderChannelKeySql}, ',') as channel_keys,
          count(distinct roots.id) - 1 as merged_records
        from top
          join roots on roots.root_id = top.root_id
          left join orders o on o.customer_id = roots.id and o.placed_at < ${until}::timestamptz
        group by top.root_id
      )
      select c.id as customer_id, c.display_name, c.email, top.orders, top.gross_cents, top.refunded_cents,
        details.channel_keys, details.last_order_at, details.merged_records
      from top join customers c on c.id = top.root_id join details on details.root_id = top.root_id
      order by top.gross_cents - top.refunded_cents desc, c.id`,
    rowSchema,
  );
}
