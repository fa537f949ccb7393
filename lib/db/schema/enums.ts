import { pgEnum } from "drizzle-orm/pg-core";

export const roleEnum = pgEnum("role", ["owner", "staff"]);
export const systemEnum = pgEnum("system", ["lightspeed", "shopify", "stripe", "portal"]);
export const channelEnum = pgEnum("channel", ["in_store", "shopify", "stripe"]);
export const orderStatusEnum = pgEnum("order_status", [
  "pending",
  "posted",
  "partially_refunded",
  "refunded",
  "needs_attention",
]);
export const movementKindEnum = pgEnum("movement_kind", [
  "store_sale",
  "online_order",
  "refund_restock",
  "override",
  "count",
  "receive",
  "correction",
]);
export const mappingProblemEnum = pgEnum("mapping_problem", ["unmapped", "duplicate", "ambiguous"]);
export const inboxStatusEnum = pgEnum("inbox_status", [
  "received",
  "sent",
  "processed",
  "ignored",
  "failed",
]);
export const runStatusEnum = pgEnum("run_status", ["queued", "running", "completed", "failed", "cancelled"]);
export const attentionKindEnum = pgEnum("attention_kind", [
  "payment_without_lines",
  "unmapped_sku",
  "ambiguous_customer",
  "refund_needs_review",
  "failed_event",
]);
