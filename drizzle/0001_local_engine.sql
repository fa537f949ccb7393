CREATE TYPE "public"."local_engine_run_status" AS ENUM('queued', 'running', 'completed', 'failed', 'cancelled');--> statement-breakpoint
CREATE TABLE "local_engine_apps" (
	"url" text PRIMARY KEY NOT NULL,
	"app_id" text NOT NULL,
	"sdk" text,
	"framework" text,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_engine_dedupe" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "local_engine_dedupe_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE TABLE "local_engine_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" text NOT NULL,
	"name" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"fanned_out_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "local_engine_functions" (
	"id" text PRIMARY KEY NOT NULL,
	"app_url" text NOT NULL,
	"name" text,
	"config" jsonb NOT NULL,
	"synced_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "local_engine_runs" (
	"run_id" text PRIMARY KEY NOT NULL,
	"function_id" text NOT NULL,
	"event" jsonb NOT NULL,
	"events" jsonb NOT NULL,
	"status" "local_engine_run_status" NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"attempt" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"next_step_id" text,
	"pending" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"disable_immediate_execution" boolean DEFAULT false NOT NULL,
	"request_version" integer,
	"concurrency_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"concurrency" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lease_token" text,
	"lease_until" timestamp with time zone,
	"parent_run_id" text,
	"parent_step_id" text,
	"output" jsonb,
	"error" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "local_engine_schedules" (
	"function_id" text NOT NULL,
	"cron" text NOT NULL,
	"next_at" timestamp with time zone NOT NULL,
	CONSTRAINT "local_engine_schedules_function_id_cron_pk" PRIMARY KEY("function_id","cron")
);
--> statement-breakpoint
CREATE TABLE "local_engine_steps" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"seq" bigserial NOT NULL,
	"output" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "local_engine_steps_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
CREATE TABLE "local_engine_waits" (
	"run_id" text NOT NULL,
	"step_id" text NOT NULL,
	"event_name" text NOT NULL,
	"expression" text,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "local_engine_waits_run_id_step_id_pk" PRIMARY KEY("run_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "local_engine_steps" ADD CONSTRAINT "local_engine_steps_run_id_local_engine_runs_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."local_engine_runs"("run_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_engine_waits" ADD CONSTRAINT "local_engine_waits_run_id_local_engine_runs_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."local_engine_runs"("run_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "local_engine_dedupe_seen_idx" ON "local_engine_dedupe" USING btree ("seen_at");--> statement-breakpoint
CREATE INDEX "local_engine_events_pending_idx" ON "local_engine_events" USING btree ("id") WHERE "local_engine_events"."fanned_out_at" is null;--> statement-breakpoint
CREATE INDEX "local_engine_events_received_idx" ON "local_engine_events" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "local_engine_runs_queue_idx" ON "local_engine_runs" USING btree ("status","run_at");--> statement-breakpoint
CREATE INDEX "local_engine_runs_ended_idx" ON "local_engine_runs" USING btree ("ended_at");--> statement-breakpoint
CREATE INDEX "local_engine_schedules_next_idx" ON "local_engine_schedules" USING btree ("next_at");--> statement-breakpoint
CREATE INDEX "local_engine_steps_order_idx" ON "local_engine_steps" USING btree ("run_id","seq");--> statement-breakpoint
CREATE INDEX "local_engine_waits_event_idx" ON "local_engine_waits" USING btree ("event_name");