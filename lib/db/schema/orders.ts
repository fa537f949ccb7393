import { boolean, index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { items, shopifyStores } from "./catalog";
import { customers } from "./customers";
import { channelEnum, orderStatusEnum } from "./enums";

/** One order from any channel: an in-store sale, a Shopify order in one store, or a Stripe payment. */
export const orders = pgTable(
  "orders",
  {
    id: serial("id").primaryKey(),
    channel: channelEnum("channel").notNull(),
    /** Unique per origin, e.g. `lightspeed:sale:123`, `shopify:shop.myshopify.com:order:456`, `stripe:pi_…`. */
    sourceKey: text("source_key").notNull().unique(),
    shopifyStoreId: integer("shopify_store_id").references(() => shopifyStores.id),
    customerId: integer("customer_id").references(() => customers.id),
    status: orderStatusEnum("status").notNull(),
    currency: text("currency").notNull(),
    subtotalCents: integer("subtotal_cents").notNull(),
    taxCents: integer("tax_cents").notNull().default(0),
    totalCents: integer("total_cents").notNull(),
    lightspeedSaleId: text("lightspeed_sale_id").unique(),
    shopifyOrderId: text("shopify_order_id"),
    stripePaymentIntentId: text("stripe_payment_intent_id").unique(),
    placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    /** While set and in the future, one run is posting this order to Lightspeed: others wait (see claim-posting.ts). */
    postingClaimedUntil: timestamp("posting_claimed_until", { withTimezone: true }),
  },
  (table) => [
    index("orders_customer_placed_idx").on(table.customerId, table.placedAt),
    index("orders_placed_idx").on(table.placedAt),
    index("orders_channel_placed_idx").on(table.channel, table.placedAt),
  ],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    itemId: integer("item_id").references(() => items.id),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    quantity: integer("quantity").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    totalCents: integer("total_cents").notNull(),
  },
  (table) => [index("order_lines_order_idx").on(table.orderId), index("order_lines_item_idx").on(table.itemId)],
);

/** A refund of (part of) an order, from whichever channel issued it. */
export const refunds = pgTable(
  "refunds",
  {
    id: serial("id").primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    channel: channelEnum("channel").notNull(),
    /** e.g. `stripe:re_…`, `shopify:shop.myshopify.com:refund:789`, `lightspeed:sale:124`. */
    sourceKey: text("source_key").notNull().unique(),
    amountCents: integer("amount_cents").notNull(),
    reason: text("reason"),
    lightspeedRefundId: text("lightspeed_refund_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    /** While set and in the future, one run is posting this refund to Lightspeed: others wait. */
    postingClaimedUntil: timestamp("posting_claimed_until", { withTimezone: true }),
  },
  (table) => [index("refunds_order_idx").on(table.orderId), index("refunds_created_idx").on(table.createdAt)],
);

export const refundLines = pgTable(
  "refund_lines",
  {
    id: serial("id").primaryKey(),
    refundId: integer("refund_id")
      .notNull()
      .references(() => refunds.id, { onDelete: "cascade" }),
    orderLineId: integer("order_line_id").references(() => orderLines.id),
    itemId: integer("item_id").references(() => items.id),
    sku: text("sku").notNull(),
    quantity: integer("quantity").notNull(),
    amountCents: integer("amount_cents").notNull(),
    /** True only when goods came back into stock. */
    restock: boolean("restock").notNull(),
  },
  (table) => [index("refund_lines_refund_idx").on(table.refundId)],
);

export type Order = typeof orders.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type OrderLine = typeof orderLines.$inferSelect;
export type NewOrderLine = typeof orderLines.$inferInsert;
export type Refund = typeof refunds.$inferSelect;
export type RefundLine = typeof refundLines.$inferSelect;
