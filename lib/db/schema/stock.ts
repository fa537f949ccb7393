import { boolean, index, integer, pgTable, bigserial, text, timestamp, unique, primaryKey } from "drizzle-orm/pg-core";
import { items, lightspeedShops, shopifyStores } from "./catalog";
import { movementKindEnum, systemEnum } from "./enums";
import { orders } from "./orders";

/** Last level the portal saw in Lightspeed (qoh per shop), with its freshness. */
export const lightspeedLevels = pgTable(
  "lightspeed_levels",
  {
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    lightspeedShopId: integer("lightspeed_shop_id")
      .notNull()
      .references(() => lightspeedShops.id),
    onHand: integer("on_hand").notNull(),
    /** ItemShop.timeStamp of the reading: a polled value older than applied deltas is refused. */
    sourceTimestamp: timestamp("source_timestamp", { withTimezone: true }).notNull(),
    observedAt: timestamp("observed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.lightspeedShopId] })],
);

/** Last `available` the portal read from a Shopify store's location, with its freshness. */
export const shopifyLevels = pgTable(
  "shopify_levels",
  {
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    storeId: integer("store_id")
      .notNull()
      .references(() => shopifyStores.id, { onDelete: "cascade" }),
    available: integer("available").notNull(),
    observedAt: timestamp("observed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.itemId, table.storeId] })],
);

/** The movement ledger: one row per change of stock from any channel. Answers "why is it 3?". */
export const stockMovements = pgTable(
  "stock_movements",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sourceSystem: systemEnum("source_system").notNull(),
    sourceEventId: text("source_event_id").notNull(),
    kind: movementKindEnum("kind").notNull(),
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id),
    sku: text("sku").notNull(),
    lightspeedShopId: integer("lightspeed_shop_id")
      .notNull()
      .references(() => lightspeedShops.id),
    delta: integer("delta").notNull(),
    resultingLevel: integer("resulting_level"),
    orderId: integer("order_id").references(() => orders.id),
    postedToLightspeed: boolean("posted_to_lightspeed").notNull().default(false),
    postedAt: timestamp("posted_at", { withTimezone: true }),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("stock_movements_source_uq").on(table.sourceSystem, table.sourceEventId, table.itemId),
    index("stock_movements_item_at_idx").on(table.itemId, table.at),
    index("stock_movements_at_idx").on(table.at),
  ],
);

/** Units sold online but not yet posted to Lightspeed: subtracted from sellable everywhere. */
export const pendingUnits = pgTable(
  "pending_units",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    orderId: integer("order_id")
      .notNull()
      .references(() => orders.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id),
    lightspeedShopId: integer("lightspeed_shop_id")
      .notNull()
      .references(() => lightspeedShops.id),
    quantity: integer("quantity").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp("released_at", { withTimezone: true }),
  },
  (table) => [
    unique("pending_units_order_item_uq").on(table.orderId, table.itemId),
    index("pending_units_open_idx").on(table.itemId, table.releasedAt),
  ],
);

/** The last quantity the portal wrote to a Shopify inventory item and location: echo detection. */
export const shopifyWrites = pgTable(
  "shopify_writes",
  {
    storeId: integer("store_id")
      .notNull()
      .references(() => shopifyStores.id, { onDelete: "cascade" }),
    inventoryItemId: text("inventory_item_id").notNull(),
    locationId: text("location_id").notNull(),
    quantity: integer("quantity").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    writtenAt: timestamp("written_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.storeId, table.inventoryItemId, table.locationId] })],
);

/** A per-SKU safety buffer for one store, overriding the store's default. */
export const safetyBuffers = pgTable(
  "safety_buffers",
  {
    storeId: integer("store_id")
      .notNull()
      .references(() => shopifyStores.id, { onDelete: "cascade" }),
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id, { onDelete: "cascade" }),
    units: integer("units").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.storeId, table.itemId] })],
);

export type LightspeedLevel = typeof lightspeedLevels.$inferSelect;
export type ShopifyLevel = typeof shopifyLevels.$inferSelect;
export type StockMovement = typeof stockMovements.$inferSelect;
export type NewStockMovement = typeof stockMovements.$inferInsert;
export type PendingUnit = typeof pendingUnits.$inferSelect;
export type ShopifyWrite = typeof shopifyWrites.$inferSelect;
export type SafetyBuffer = typeof safetyBuffers.$inferSelect;
