import { sql, type SQL } from "drizzle-orm";
import { orderChannelFilterSql } from "./sales-channel";

/** Instants in SQL (`timestamptz`): orders placed at or after `since` and before `until` count. */
export type InstantWindow = { since: SQL; until: SQL };

const utcOrigin = sql`timestamptz '2000-01-01 00:00:00+00'`;

/**
 * `value` within [from, until) but outside the span [spanFrom, spanUntil) that lies within it (empty when
 * spanFrom ≥ spanUntil): the part before the span and the part after it, each a plain range an index serves.
 */
function outsideSpanSql(value: SQL, range: { from: SQL; until: SQL }, span: { from: SQL; until: SQL }): SQL {
  return sql`((${value} >= ${range.from} and ${value} < least(${range.until}, ${span.from}))
    or (${value} >= greatest(${range.from}, ${span.from}, ${span.until}) and ${value} < ${range.until}))`;
}

/**
 * Common table expressions for the orders placed in `window` on `channels`: `units` (net units per item: sold
 * less those refunded and put back into stock, a refund line without an item taking its order line's), `stock`
 * (Lightspeed on-hand over every shop) and `pending` (units sold online but not yet posted to Lightspeed).
 * The window's whole UTC weeks are read from `item_sales_by_week`, its other whole UTC days from
 * `item_sales_by_day`, and the part days at its ends (less than a day each) from the ledger.
 */
export function itemUnitsCtes(window: InstantWindow, channels: readonly string[] | null): SQL {
  const { since, until } = window;
  const days = { from: sql`(date_bin('1 day', ${since} - interval '1 microsecond', ${utcOrigin}) + interval '1 day')`, until: sql`date_bin('1 day', ${until}, ${utcOrigin})` };
  const dayDates = { from: sql`sales_utc_day(${days.from})`, until: sql`sales_utc_day(${days.until})` };
  const weeks = { from: sql`sales_utc_week(${dayDates.from} + 6)`, until: sql`sales_utc_week(${dayDates.until})` };
  return sql`
    edge_orders as (
      select o.id from orders o
      where ${outsideSpanSql(sql`o.placed_at`, { from: since, until }, days)} and ${orderChannelFilterSql(channels)}
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
      where ${outsideSpanSql(sql`o.day`, dayDates, weeks)} and ${orderChannelFilterSql(channels)}
      group by o.item_id
    ),
    whole_weeks as (
      select o.item_id, sum(o.units_sold - o.units_returned) as units
      from item_sales_by_week o
      where o.week_start >= ${weeks.from} and o.week_start < ${weeks.until} and ${orderChannelFilterSql(channels)}
      group by o.item_id
    ),
    units as (
      select item_id, sum(units) as units
      from (
        select item_id, units from edge_sold
        union all select item_id, -units from edge_returned
        union all select item_id, units from whole_days
        union all select item_id, units from whole_weeks
      ) as parts
      where item_id is not null group by item_id
    ),
    stock as (select item_id, sum(on_hand) as units from lightspeed_levels group by item_id),
    pending as (select item_id, sum(quantity) as units from pending_units where released_at is null group by item_id)`;
}
