ALTER TABLE "orders" ADD COLUMN "posting_claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "refunds" ADD COLUMN "posting_claimed_until" timestamp with time zone;