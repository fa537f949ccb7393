import { sql } from "drizzle-orm";
import { index, integer, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { mappingProblemEnum, systemEnum } from "./enums";

/** A Lightspeed shop (a physical store); its ItemShop.qoh is the on-hand truth. */
export const lightspeedShops = pgTable("lightspeed_shops", {
  id: serial("id").primaryKey(),
  lightspeedShopId: text("lightspeed_shop_id").notNull().unique(),
  name: text("name").notNull(),
  timeZone: text("time_zone").notNull(),
});

/** One sellable SKU (a product variant), as Lightspeed knows it. */
export const items = pgTable(
  "items",
  {
    id: serial("id").primaryKey(),
    sku: text("sku").notNull().unique(),
    name: text("name").notNull(),
    variantName: text("variant_name"),
    category: text("category").notNull(),
    supplier: text("supplier"),
    priceCents: integer("price_cents").notNull(),
    costCents: integer("cost_cents").notNull(),
    lightspeedItemId: text("lightspeed_item_id").unique(),
    /** Lightspeed's own reorder point (ItemShop.reorderPoint of the main shop). */
    lightspeedReorderPoint: integer("lightspeed_reorder_point"),
    /** Supplier lead time; falls back to the shop-wide default in settings when null. */
    leadTimeDays: integer("lead_time_days"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("items_category_idx").on(table.category), index("items_name_trgm_idx").using("gin", sql`${table.name} gin_trgm_ops`)],
);

/** A connected Shopify store and the Lightspeed shop whose stock feeds it. */
export const shopifyStores = pgTable("shopify_stores", {
  id: serial("id").primaryKey(),
  domain: text("domain").notNull().unique(),
  name: text("name").notNull(),
  lightspeedShopId: integer("lightspeed_shop_id")
    .notNull()
    .references(() => lightspeedShops.id),
  /** The Shopify location (gid) whose `available` quantity the portal manages. */
  locationId: text("location_id").notNull(),
  /** Buffer applied to every SKU of this store unless a per-SKU buffer overrides it. */
  defaultSafetyBuffer: integer("default_safety_buffer").notNull().default(0),
  connectedAt: timestamp("connected_at", { withTimezone: true }).notNull().defaultNow(),
});

/** How one Shopify variant maps onto one item. Shopify is keyed by inventory item; SKU is only the hint. */
export const shopifyVariants = pgTable(
  "shopify_variants",
  {
    id: serial("id").primaryKey(),
    storeId: integer("store_id")
      .notNull()
      .references(() => shopifyStores.id, { onDelete: "cascade" }),
    itemId: integer("item_id").references(() => items.id),
    sku: text("sku"),
    productId: text("product_id").notNull(),
    variantId: text("variant_id").notNull(),
    inventoryItemId: text("inventory_item_id").notNull(),
    title: text("title").notNull(),
  },
  (table) => [
    unique("shopify_variants_inventory_item_uq").on(table.storeId, table.inventoryItemId),
    index("shopify_variants_item_idx").on(table.itemId),
    index("shopify_variants_sku_idx").on(table.storeId, table.sku),
  ],
);

/** SKUs the portal refuses to guess about: shown to the owner until resolved. */
export const mappingProblems = pgTable(
  "mapping_problems",
  {
    id: serial("id").primaryKey(),
    kind: mappingProblemEnum("kind").notNull(),
    system: systemEnum("system").notNull(),
    storeId: integer("store_id").references(() => shopifyStores.id, { onDelete: "cascade" }),
    sku: text("sku"),
    externalId: text("external_id").notNull(),
    detail: text("detail").notNull(),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (table) => [unique("mapping_problems_subject_uq").on(table.system, table.externalId, table.kind)],
);

export type LightspeedShop = typeof lightspeedShops.$inferSelect;
export type Item = typeof items.$inferSelect;
export type NewItem = typeof items.$inferInsert;
export type ShopifyStore = typeof shopifyStores.$inferSelect;
export type ShopifyVariant = typeof shopifyVariants.$inferSelect;
export type MappingProblem = typeof mappingProblems.$inferSelect;
