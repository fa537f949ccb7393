import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { shopifyStores } from "./catalog";
import { systemEnum } from "./enums";
import { users } from "./users";

/** One person across every channel. A merged customer keeps its row, pointing at the survivor. */
export const customers = pgTable(
  "customers",
  {
    id: serial("id").primaryKey(),
    displayName: text("display_name").notNull(),
    /** Normalised: trimmed and lower-cased. */
    email: text("email"),
    /** Normalised to E.164 with the shop's country as default. */
    phone: text("phone"),
    mergedIntoId: integer("merged_into_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
  },
  (table) => [
    index("customers_name_trgm_idx").using("gin", sql`lower(${table.displayName}) gin_trgm_ops`),
    index("customers_email_trgm_idx").using("gin", sql`${table.email} gin_trgm_ops`),
    index("customers_phone_trgm_idx").using("gin", sql`${table.phone} gin_trgm_ops`),
    index("customers_merged_into_idx").on(table.mergedIntoId),
  ],
);

/** How one system knows a customer: a Lightspeed customer, a Shopify customer in one store, a Stripe customer. */
export const customerIdentities = pgTable(
  "customer_identities",
  {
    id: serial("id").primaryKey(),
    customerId: integer("customer_id")
      .notNull()
      .references(() => customers.id),
    system: systemEnum("system").notNull(),
    /** The Shopify store for Shopify identities; 0 is never used, null for other systems. */
    shopifyStoreId: integer("shopify_store_id").references(() => shopifyStores.id),
    externalId: text("external_id").notNull(),
    name: text("name"),
    email: text("email"),
    phone: text("phone"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("customer_identities_external_uq").on(table.system, table.shopifyStoreId, table.externalId).nullsNotDistinct(),
    index("customer_identities_customer_idx").on(table.customerId),
    index("customer_identities_email_idx").on(table.email),
    index("customer_identities_phone_idx").on(table.phone),
  ],
);

/** Every merge, with why it happened and what moved, so it can be explained and undone. */
export const customerMerges = pgTable(
  "customer_merges",
  {
    id: serial("id").primaryKey(),
    survivorId: integer("survivor_id")
      .notNull()
      .references(() => customers.id),
    mergedId: integer("merged_id")
      .notNull()
      .references(() => customers.id),
    /** e.g. `{ "email": "ann@example.com" }` or `{ "manual": true }`. */
    matchedOn: jsonb("matched_on").$type<Record<string, string | boolean>>().notNull(),
    movedIdentityIds: jsonb("moved_identity_ids").$type<number[]>().notNull(),
    movedOrderIds: jsonb("moved_order_ids").$type<number[]>().notNull(),
    mergedBy: integer("merged_by").references(() => users.id),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
    undoneBy: integer("undone_by").references(() => users.id),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (table) => [index("customer_merges_survivor_idx").on(table.survivorId), index("customer_merges_merged_idx").on(table.mergedId)],
);

export type Customer = typeof customers.$inferSelect;
export type NewCustomer = typeof customers.$inferInsert;
export type CustomerIdentity = typeof customerIdentities.$inferSelect;
export type CustomerMerge = typeof customerMerges.$inferSelect;
