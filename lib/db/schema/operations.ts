import { bigserial, index, integer, jsonb, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";
import { items, shopifyStores } from "./catalog";
import { attentionKindEnum, inboxStatusEnum, runStatusEnum, systemEnum } from "./enums";
import { users } from "./users";

/** Every inbound webhook, recorded before it is acknowledged: the durability anchor. */
export const webhookInbox = pgTable(
  "webhook_inbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    provider: systemEnum("provider").notNull(),
    /** `X-Shopify-Webhook-Id` or the Stripe event id. */
    providerEventId: text("provider_event_id").notNull(),
    topic: text("topic").notNull(),
    shopDomain: text("shop_domain"),
    /** Only the headers that matter (topic, shop, triggered-at, API version); never a signature secret. */
    headers: jsonb("headers").$type<Record<string, string>>().notNull(),
    rawBody: text("raw_body").notNull(),
    status: inboxStatusEnum("status").notNull().default("received"),
    statusReason: text("status_reason"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    unique("webhook_inbox_event_uq").on(table.provider, table.providerEventId),
    index("webhook_inbox_status_idx").on(table.status, table.receivedAt),
    index("webhook_inbox_received_idx").on(table.receivedAt),
  ],
);

/** What the engine did: one row per function run, for the Activity screen. */
export const engineRuns = pgTable(
  "engine_runs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: text("run_id").notNull().unique(),
    functionId: text("function_id").notNull(),
    eventName: text("event_name").notNull(),
    eventId: text("event_id"),
    inboxId: integer("inbox_id"),
    status: runStatusEnum("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [index("engine_runs_started_idx").on(table.startedAt), index("engine_runs_status_idx").on(table.status, table.startedAt)],
);

/** One reconciliation pass (scheduled or on demand), with its progress. */
export const reconciliationRuns = pgTable("reconciliation_runs", {
  id: serial("id").primaryKey(),
  status: runStatusEnum("status").notNull(),
  totalSkus: integer("total_skus").notNull().default(0),
  checkedSkus: integer("checked_skus").notNull().default(0),
  driftingSkus: integer("drifting_skus").notNull().default(0),
  triggeredBy: integer("triggered_by").references(() => users.id),
  startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

/** A SKU whose figure in some system differs from what it should be, and why. */
export const driftReports = pgTable(
  "drift_reports",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    reconciliationRunId: integer("reconciliation_run_id").references(() => reconciliationRuns.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => items.id),
    system: systemEnum("system").notNull(),
    shopifyStoreId: integer("shopify_store_id").references(() => shopifyStores.id),
    expected: integer("expected").notNull(),
    actual: integer("actual").notNull(),
    cause: text("cause").notNull(),
    detectedAt: timestamp("detected_at", { withTimezone: true }).notNull().defaultNow(),
    repairedAt: timestamp("repaired_at", { withTimezone: true }),
    repairedBy: integer("repaired_by").references(() => users.id),
  },
  (table) => [index("drift_reports_item_idx").on(table.itemId, table.detectedAt), index("drift_reports_open_idx").on(table.repairedAt)],
);

/** Something the owner must decide: a payment without lines, an unmapped SKU, an ambiguous customer… */
export const attentionItems = pgTable(
  "attention_items",
  {
    id: serial("id").primaryKey(),
    kind: attentionKindEnum("kind").notNull(),
    /** What it is about, e.g. `stripe:pi_…`; one open item per subject and kind. */
    subjectKey: text("subject_key").notNull(),
    title: text("title").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull(),
    inboxId: integer("inbox_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: integer("resolved_by").references(() => users.id),
    resolution: text("resolution"),
  },
  (table) => [unique("attention_items_subject_uq").on(table.kind, table.subjectKey), index("attention_items_open_idx").on(table.resolvedAt, table.createdAt)],
);

/** Who did what, to what, with the before and after and the reason. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    action: text("action").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    before: jsonb("before").$type<unknown>(),
    after: jsonb("after").$type<unknown>(),
    reason: text("reason"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("audit_log_at_idx").on(table.at), index("audit_log_subject_idx").on(table.subjectType, table.subjectId)],
);

/** The state of each connection to an outside system (credentials stay in the environment, tokens here). */
export const connections = pgTable("connections", {
  id: serial("id").primaryKey(),
  system: systemEnum("system").notNull(),
  /** The account or store this connection is for, e.g. a Lightspeed account id or a Shopify domain. */
  account: text("account").notNull().unique(),
  /** Rotating OAuth refresh token (Lightspeed); never shown in the portal. */
  refreshToken: text("refresh_token"),
  lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
  lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
  lastError: text("last_error"),
  /** Polling cursor and similar bookkeeping. */
  cursor: jsonb("cursor").$type<Record<string, string>>(),
});

/** Shop-wide settings: poll interval, default lead time, echo/edit policy, … (validated by lib/settings). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer("updated_by").references(() => users.id),
});

export type InboxEntry = typeof webhookInbox.$inferSelect;
export type NewInboxEntry = typeof webhookInbox.$inferInsert;
export type EngineRun = typeof engineRuns.$inferSelect;
export type ReconciliationRun = typeof reconciliationRuns.$inferSelect;
export type DriftReport = typeof driftReports.$inferSelect;
export type AttentionItem = typeof attentionItems.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type Connection = typeof connections.$inferSelect;
export type Setting = typeof settings.$inferSelect;
