import { bigint, date, integer, pgTable, primaryKey, timestamp } from "drizzle-orm/pg-core";
import { channelEnum } from "./enums";

/*
 * Sums of the order ledger (orders, order_lines, refunds, refund_lines) kept by triggers in the transaction that
 * writes the ledger (drizzle/0004_sales_rollups.sql), so the dashboard reads a few thousand rows instead of every
 * line. Every figure belongs to the order's placed_at (a refund or a return counts with the order it refunds).
 * Periods are UTC: a quarter of an hour, so that any shop's days (every zone's midnight falls on one) are whole
 * quarters; a day (and a week of days) where the shop's days are only summed (ranges), the partial UTC days at the
 * ends read from the ledger. `shopify_store_id` is 0 for none. The ledger's summed columns are append-only (the triggers refuse
 * deletes and updates of them); only orders.customer_id moves (merges), and the triggers move its sums.
 */

/** Per quarter-hour and channel: the channel mix chart. */
export const salesByQuarterHour = pgTable(
  "sales_by_quarter_hour",
  {
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    channel: channelEnum("channel").notNull(),
    shopifyStoreId: integer("shopify_store_id").notNull(),
    orders: integer("orders").notNull(),
    /** A quarter-hour's takings fit an integer; summing integers is much faster than summing bigints (numeric). */
    grossCents: integer("gross_cents").notNull(),
    refundedCents: integer("refunded_cents").notNull(),
    unitsSold: integer("units_sold").notNull(),
    /** Units refunded and put back into stock. */
    unitsReturned: integer("units_returned").notNull(),
  },
  (table) => [primaryKey({ columns: [table.periodStart, table.channel, table.shopifyStoreId] })],
);

/** What an item's rollup holds per period (fresh builders for each table). */
function itemSalesColumns() {
  return {
    channel: channelEnum("channel").notNull(),
    shopifyStoreId: integer("shopify_store_id").notNull(),
    itemId: integer("item_id").notNull(),
    unitsSold: integer("units_sold").notNull(),
    unitsReturned: integer("units_returned").notNull(),
  };
}

/** Per UTC day, channel and item: stock against sales, velocity and the reorder list. */
export const itemSalesByDay = pgTable(
  "item_sales_by_day",
  {
    day: date("day").notNull(),
    ...itemSalesColumns(),
  },
  (table) => [primaryKey({ columns: [table.day, table.channel, table.shopifyStoreId, table.itemId] })],
);

/** `item_sales_by_day` summed per UTC week (starting Monday): a long range reads its whole weeks here. */
export const itemSalesByWeek = pgTable(
  "item_sales_by_week",
  {
    weekStart: date("week_start").notNull(),
    ...itemSalesColumns(),
  },
  (table) => [primaryKey({ columns: [table.weekStart, table.channel, table.shopifyStoreId, table.itemId] })],
);

/** Per customer record (as the order names it), over its whole history: the top customers. */
export const customerSales = pgTable("customer_sales", {
  customerId: integer("customer_id").primaryKey(),
  orders: integer("orders").notNull(),
  grossCents: bigint("gross_cents", { mode: "number" }).notNull(),
  refundedCents: bigint("refunded_cents", { mode: "number" }).notNull(),
});

export type SalesByQuarterHour = typeof salesByQuarterHour.$inferSelect;
export type ItemSalesByDay = typeof itemSalesByDay.$inferSelect;
export type ItemSalesByWeek = typeof itemSalesByWeek.$inferSelect;
export type CustomerSales = typeof customerSales.$inferSelect;
