import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * The local Inngest engine's own state (inngest/local/): what stands in for the Inngest server on a single box.
 * Everything it needs to survive a restart lives here: synced functions, cron schedules, received events, the
 * run queue with its memoised steps, pending waits and the de-duplication keys.
 */

export const localEngineRunStatusEnum = pgEnum("local_engine_run_status", [
  "queued",
  "running",
  "completed",
  "failed",
  "cancelled",
]);

/** An app whose `serve()` endpoint the engine has synced with. */
export const localEngineApps = pgTable("local_engine_apps", {
  url: text("url").primaryKey(),
  appId: text("app_id").notNull(),
  sdk: text("sdk"),
  framework: text("framework"),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull(),
});

/** A function as the app reported it when syncing (its config is the SDK's register payload, validated on read). */
export const localEngineFunctions = pgTable("local_engine_functions", {
  /** The composite id, `{appId}-{functionId}`. */
  id: text("id").primaryKey(),
  appUrl: text("app_url").notNull(),
  name: text("name"),
  config: jsonb("config").$type<unknown>().notNull(),
  syncedAt: timestamp("synced_at", { withTimezone: true }).notNull(),
});

/** The next time each cron trigger fires. */
export const localEngineSchedules = pgTable(
  "local_engine_schedules",
  {
    functionId: text("function_id").notNull(),
    cron: text("cron").notNull(),
    nextAt: timestamp("next_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.functionId, table.cron] }), index("local_engine_schedules_next_idx").on(table.nextAt)],
);

/** Keys seen recently: event ids (24 h) and function idempotency keys, so a repeat starts nothing. */
export const localEngineDedupe = pgTable(
  "local_engine_dedupe",
  {
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] }), index("local_engine_dedupe_seen_idx").on(table.seenAt)],
);

/** Every event received, until its runs have been created (`fannedOutAt`) and the retention period has passed. */
export const localEngineEvents = pgTable(
  "local_engine_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    eventId: text("event_id").notNull(),
    name: text("name").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    fannedOutAt: timestamp("fanned_out_at", { withTimezone: true }),
  },
  (table) => [
    index("local_engine_events_pending_idx").on(table.id).where(sql`${table.fannedOutAt} is null`),
    index("local_engine_events_received_idx").on(table.receivedAt),
  ],
);

/** One function run. A `queued` run is the queue item: it is claimed when `runAt` has come. */
export const localEngineRuns = pgTable(
  "local_engine_runs",
  {
    runId: text("run_id").primaryKey(),
    functionId: text("function_id").notNull(),
    event: jsonb("event").$type<Record<string, unknown>>().notNull(),
    events: jsonb("events").$type<Record<string, unknown>[]>().notNull(),
    status: localEngineRunStatusEnum("status").notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    /** Attempt of the current request (a discovery call or one step); back to 0 when the run makes progress. */
    attempt: integer("attempt").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull(),
    /** Failed attempts over the whole run, for the Activity screen. */
    failures: integer("failures").notNull().default(0),
    /** A step to call next (a step being retried); null = the next pending step or discovery. */
    nextStepId: text("next_step_id"),
    /** Steps reported but not finished: planned steps, sleeps, waits and invocations (validated on read). */
    pending: jsonb("pending").$type<unknown[]>().notNull().default([]),
    disableImmediateExecution: boolean("disable_immediate_execution").notNull().default(false),
    /** The execution version the SDK chose on its first answer, sent back on every later call. */
    requestVersion: integer("request_version"),
    concurrencyKeys: text("concurrency_keys").array().notNull().default(sql`'{}'::text[]`),
    /** `[{ key, limit }]`, one per concurrency constraint of the function. */
    concurrency: jsonb("concurrency").$type<{ key: string; limit: number }[]>().notNull().default([]),
    /** The function's `priority.run` for this run's event: among due runs it is taken as if due this many seconds earlier. */
    prioritySeconds: integer("priority_seconds").notNull().default(0),
    leaseToken: text("lease_token"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    parentRunId: text("parent_run_id"),
    parentStepId: text("parent_step_id"),
    output: jsonb("output").$type<unknown>(),
    error: jsonb("error").$type<unknown>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (table) => [
    index("local_engine_runs_queue_idx").on(table.status, table.runAt),
    index("local_engine_runs_ended_idx").on(table.endedAt),
  ],
);

/** Memoised step results, in the order they finished (`seq` is the stack order). */
export const localEngineSteps = pgTable(
  "local_engine_steps",
  {
    runId: text("run_id")
      .notNull()
      .references(() => localEngineRuns.runId, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    /** Exactly what the SDK is given back: `{ data }`, `{ error }`, `null` (a sleep) or an event (a wait). */
    output: jsonb("output").$type<unknown>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] }), index("local_engine_steps_order_idx").on(table.runId, table.seq)],
);

/** `step.waitForEvent` waits, looked up by event name when an event arrives. */
export const localEngineWaits = pgTable(
  "local_engine_waits",
  {
    runId: text("run_id")
      .notNull()
      .references(() => localEngineRuns.runId, { onDelete: "cascade" }),
    stepId: text("step_id").notNull(),
    eventName: text("event_name").notNull(),
    expression: text("expression"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.stepId] }), index("local_engine_waits_event_idx").on(table.eventName)],
);

export type LocalEngineRun = typeof localEngineRuns.$inferSelect;
export type NewLocalEngineRun = typeof localEngineRuns.$inferInsert;
export type LocalEngineFunction = typeof localEngineFunctions.$inferSelect;
export type LocalEngineEvent = typeof localEngineEvents.$inferSelect;
export type LocalEngineStep = typeof localEngineSteps.$inferSelect;
export type LocalEngineWait = typeof localEngineWaits.$inferSelect;
