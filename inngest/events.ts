import { eventType } from "inngest";
import { z } from "zod";

/**
 * Every event the app sends or listens to, defined once with its schema. Send only through these
 * (`inngest.send(webhookReceived.create({ … }, { id }))`): the SDK validates the data before sending and again
 * before a function sees it.
 */

export const webhookReceivedData = z.object({
  /** The `webhook_inbox` row holding the verified raw delivery. */
  inboxId: z.number().int().positive(),
  provider: z.enum(["shopify", "stripe"]),
  /** Shopify topic (`orders/create`) or Stripe event type (`payment_intent.succeeded`). */
  topic: z.string().min(1),
});
export type WebhookReceivedData = z.infer<typeof webhookReceivedData>;

/** A verified webhook was recorded in the inbox; send it with the provider's event id as the event id. */
export const webhookReceived = eventType("tillbridge/webhook.received", { schema: webhookReceivedData });

export const shopifyStoreConnectedData = z.object({
  /** The store's myshopify domain, as configured in SHOPIFY_STORES. */
  domain: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/),
});
export type ShopifyStoreConnectedData = z.infer<typeof shopifyStoreConnectedData>;

/** A Shopify store was connected: subscribe it to the handled webhook topics. Send with id `shopify-store-connected:<domain>:<connectedAt>`. */
export const shopifyStoreConnected = eventType("tillbridge/shopify.store-connected", { schema: shopifyStoreConnectedData });

export const webhookSubscriptionsRequestedData = z.object({
  /** Why: the server started, or someone asked (settings). */
  reason: z.enum(["start-up", "manual"]),
});
export type WebhookSubscriptionsRequestedData = z.infer<typeof webhookSubscriptionsRequestedData>;

/**
 * Make sure every configured store sends the handled topics to the portal. Sent at start-up
 * (id `webhook-subscriptions:start-up:<minute>`, so a fleet restarting together registers once).
 */
export const webhookSubscriptionsRequested = eventType("tillbridge/webhook-subscriptions.requested", {
  schema: webhookSubscriptionsRequestedData,
});

export const enginePingData = z.object({
  /** Echoed back by the ping function, so a caller can match the run to its ping. */
  nonce: z.string().min(1),
});
export type EnginePingData = z.infer<typeof enginePingData>;

/** Health check of the engine path: the ping function answers with the nonce. */
export const enginePing = eventType("tillbridge/engine.ping", { schema: enginePingData });

export const stockChangedData = z.object({
  /** The item whose sellable figure may have changed (its on-hand, pending units or buffer moved). */
  itemId: z.number().int().positive(),
  /** Why, for the Activity screen: `order shopify:…`, `poll`, `edit`, … */
  cause: z.string().min(1),
});
export type StockChangedData = z.infer<typeof stockChangedData>;

/** Something moved an item's stock: set its sellable figure in every Shopify store (serialised per item). */
export const stockChanged = eventType("tillbridge/stock.changed", { schema: stockChangedData });

export const reconcileRequestedData = z.object({
  /** The queued `reconciliation_runs` row the run reports its progress on. */
  runId: z.number().int().positive(),
  /** The owner who asked (null: the schedule). */
  requestedBy: z.number().int().positive().nullable(),
});
export type ReconcileRequestedData = z.infer<typeof reconcileRequestedData>;

/** Reconcile every SKU in every system now (send with id `reconcile:<runId>`); the schedule runs it nightly too. */
export const reconcileRequested = eventType("tillbridge/reconcile.requested", { schema: reconcileRequestedData });

export const overrideRecordedData = z.object({
  /** The pending `override` row in the ledger (stock_movements). */
  movementId: z.number().int().positive(),
  /** Its item: overrides of one item are posted one at a time, in order. */
  itemId: z.number().int().positive(),
});
export type OverrideRecordedData = z.infer<typeof overrideRecordedData>;

/** The owner overrode an on-hand: post it to Lightspeed as a count, then set every store (send with id `override:<movementId>`). */
export const overrideRecorded = eventType("tillbridge/stock.override-recorded", { schema: overrideRecordedData });

export const lightspeedPollRequestedData = z.object({
  /** Why: the server started (the cron's next tick may be most of a minute away). */
  reason: z.enum(["start-up"]),
});
export type LightspeedPollRequestedData = z.infer<typeof lightspeedPollRequestedData>;

/** Poll Lightspeed now rather than at the next minute's cron tick. Sent at start-up with id `lightspeed-poll:start-up:<ms>`. */
export const lightspeedPollRequested = eventType("tillbridge/lightspeed.poll-requested", { schema: lightspeedPollRequestedData });
