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

export const enginePingData = z.object({
  /** Echoed back by the ping function, so a caller can match the run to its ping. */
  nonce: z.string().min(1),
});
export type EnginePingData = z.infer<typeof enginePingData>;

/** Health check of the engine path: the ping function answers with the nonce. */
export const enginePing = eventType("tillbridge/engine.ping", { schema: enginePingData });
