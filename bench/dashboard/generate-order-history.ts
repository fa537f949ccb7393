import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";

/** Lines per generated order run 1..4, so an order has 2.5 on average. */
const averageLinesPerOrder = 2.5;
const minutesInAYear = 525_600;

/**
 * The k-th line of generated order g (k = 1..1 + g % 4): which of the shop's items (1-based into the id-ordered
 * items), and how many. Used by both statements, so an order's total is the sum of its lines.
 */
const itemIndex = sql`1 + ((g::bigint * 31 + k * 17) % item_count)::int`;
const quantity = sql`(1 + (g + k) % 3)`;

/**
 * About `orderLines` order lines over the last year (on top of whatever the shop already has), in three statements
 * (generate_series, no round trip per row): orders in store (half, two in five without a customer), in the shop's
 * Shopify stores (35 %) and by Stripe (15 %), for the shop's items and customers; then their lines; then a refund
 * with restock of the first line of one order in 33 (statistics refreshed between the steps: the planner must not
 * guess on tables that just grew by a million rows). Needs items, customers and Shopify stores (the demo shop).
 */
export async function generateOrderHistory(db: Database, params: { orderLines: number; now: Date }): Promise<{ orders: number }> {
  const orders = Math.round(params.orderLines / averageLinesPerOrder);
  await db.execute(sql`
    with catalog as (select array_agg(price_cents order by id) as prices, count(*)::int as item_count from items),
      people as (select array_agg(id order by id) as ids from customers where merged_into_id is null),
      stores as (select array_agg(id order by id) as ids from shopify_stores)
    insert into orders (channel, source_key, shopify_store_id, customer_id, status, currency, subtotal_cents, total_cents, placed_at, posted_at)
    select
      channel,
      'bench:order:' || g,
      case when channel = 'shopify' then stores.ids[1 + g % cardinality(stores.ids)] end,
      case when channel = 'in_store' and g % 5 < 2 then null else people.ids[1 + (g::bigint * 7919) % cardinality(people.ids)] end,
      'posted', 'USD', total, total, placed_at, placed_at
    from generate_series(1, ${orders}) as g, catalog, people, stores,
      lateral (select case when g % 20 < 10 then 'in_store' when g % 20 < 17 then 'shopify' else 'stripe' end::channel as channel,
                      ${params.now.toISOString()}::timestamptz - make_interval(mins => ((g::bigint * 104729) % ${minutesInAYear})::int) as placed_at) as shape,
      lateral (select sum(catalog.prices[${itemIndex}] * ${quantity})::int as total from generate_series(1, 1 + g % 4) as k) as lines
  `);
  await db.execute(sql`
    with catalog as (select array_agg(id order by id) as ids, array_agg(sku order by id) as skus, array_agg(name order by id) as names,
                            array_agg(price_cents order by id) as prices, count(*)::int as item_count from items)
    insert into order_lines (order_id, item_id, sku, name, quantity, unit_price_cents, total_cents)
    select o.id, catalog.ids[index], catalog.skus[index], catalog.names[index], quantity, catalog.prices[index], catalog.prices[index] * quantity
    from orders o, catalog,
      lateral (select split_part(o.source_key, ':', 3)::int as g) as generated,
      lateral (select k, ${itemIndex} as index, ${quantity} as quantity from generate_series(1, 1 + generated.g % 4) as k) as line
    where o.source_key like 'bench:order:%'
  `);
  await db.execute(sql`analyze orders`);
  await db.execute(sql`analyze order_lines`);
  await db.execute(sql`
    insert into refunds (order_id, channel, source_key, amount_cents, reason, created_at, posted_at)
    select distinct on (l.order_id) l.order_id, o.channel, 'bench:refund:' || l.order_id, l.unit_price_cents, 'returned', o.placed_at + interval '3 days', o.placed_at + interval '3 days'
    from order_lines l join orders o on o.id = l.order_id
    where o.source_key like 'bench:order:%' and o.id % 33 = 0
    order by l.order_id, l.id
  `);
  await db.execute(sql`
    insert into refund_lines (refund_id, order_line_id, item_id, sku, quantity, amount_cents, restock)
    select distinct on (r.id) r.id, l.id, l.item_id, l.sku, 1, l.unit_price_cents, true
    from refunds r join order_lines l on l.order_id = r.order_id
    where r.source_key like 'bench:refund:%'
    order by r.id, l.id
  `);
  await db.execute(sql`analyze`);
  return { orders };
}
