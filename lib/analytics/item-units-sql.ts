import { sql, type SQL } from "drizzle-orm";
import { orderChannelFilterSql } from "./sales-channel";

/** Instants in SQL (`timestamptz`): orders placed at or after `since` and before `until` count. */
export type InstantWindow = { since: SQL; until: SQL };

const utcOrigin = sql`timestamptz '2000-01-01 00:00:00+00'`;

/**
 * Common table expressions for the orders placed in `window` on `channels`: `units` (net units per item: sold
 * less those refunded and put back into stock, a refund line without an item taking its order line's), `stock`
 * (Lightspeed on-hand over every shop) and `pending` (units sold online but not yet posted to Lightspeed).
 * The whole UTC days inside the window are read from `item_sales_by_day`; the part days at its ends (less than
 * a day each) from the ledger.
 */
export function itemUnitsCtes(window: InstantWindow, channels: readonly string[] | null): SQL {
  const { since, until } = window;
  const wholeDaysFrom = sql`(date_bin('1 day', ${since} - interval '1 microsecond', ${utcOrigin}) + interval '1 day')`;
  const wholeDaysUntil = sql`date_bin('1 day', ${until}, ${utcOrigin})`;
  return sql`
    edge_orders as (
      select o.id from orders o
      where ((o.placed_at >= ${since} and o.placed_at < least(${until}, ${wholeDaysFrom}))
          or (o.placed_at >= greatest(${since}, ${wholeDaysFrom}, ${wholeDaysUntil}) and o.placed_at < ${until}))
        and ${orderChannelFilterSql(channels)}
    ),
    edge_sold as (
      select l.item_id, sum(l.quantity) as units
      from order_lines l join edge_orders e on e.id = l.order_id
      where l.item_id is not null group by l.item_id
    ),
    edge_returned as (
      select coalesce(rl.item_id, (select ol.item_id from order_lines ol where ol.id = rl.order_line_id)) as item_id, sum(rl.quantity) as units
      from refund_lines rl join refunds r on r.id = rl.refund_id join edge_orders e on e.id = r.order_id
      where rl.restock group by 1
    ),
    whole_days as (
      select o.item_id, sum(o.units_sold - o.units_returned) as units
      from item_sales_by_day o
      where o.day >= sales_utc_day(${wholeDaysFrom}) and o.day < sales_utc_day(${wholeDaysUntil}) and ${orderChannelFilterSql(channels)}
      group by o.item_id
    ),
    units as (
      select item_id, sum(units) as units
      from (select item_id, units from edge_sold union all select item_id, -units from edge_returned union all select item_id, units from whole_days) as parts
      where item_id is not null group by item_id
    ),
    stock as (select item_id, sum(on_hand) as units from lightspeed_levels group by item_id),
    pending as (select item_id, sum(quantity) as units from pending_units where released_at is null group by item_id)`;
}
