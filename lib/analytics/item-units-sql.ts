import { sql, type SQL } from "drizzle-orm";

/**
 * Common table expressions over a CTE `o` (ids of the orders to count): `sold` (units per item on those orders)
 * and `returned` (units refunded on them and put back into stock, per item; a refund line without an item takes
 * its order line's, looked up only then), then `stock` (Lightspeed on-hand
 * over every shop) and `pending` (units sold online but not yet posted to Lightspeed).
 */
export const itemUnitsCtes: SQL = sql`
  sold as (
    select l.item_id, sum(l.quantity) as units
    from order_lines l join o on o.id = l.order_id
    where l.item_id is not null group by l.item_id
  ),
  returned as (
    select coalesce(rl.item_id, (select ol.item_id from order_lines ol where ol.id = rl.order_line_id)) as item_id, sum(rl.quantity) as units
    from refund_lines rl join refunds r on r.id = rl.refund_id join o on o.id = r.order_id
    where rl.restock group by 1
  ),
  stock as (select item_id, sum(on_hand) as units from lightspeed_levels group by item_id),
  pending as (select item_id, sum(quantity) as units from pending_units where released_at is null group by item_id)`;
