import { z } from "zod";

export const webhookProviderSchema = z.enum(["shopify", "stripe"]);
export type WebhookProvider = z.infer<typeof webhookProviderSchema>;

/**
 * The hand-off of an inbox entry to the engine: `tillbridge/webhook.received` with these data, sent with `id`
 * (the caller maps it onto the typed event in inngest/events.ts; lib/ never imports the engine).
 */
export type InboxEvent = {
  id: string;
  data: { inboxId: number; provider: WebhookProvider; topic: string };
};

/** Sends one event to the engine; rejects when the engine did not take it. */
export type SendInboxEvent = (event: InboxEvent) => Promise<unknown>;

/**
 * The engine event id for the next hand-off of an entry.
 *
 * - The first hand-off uses `<provider>:<providerEventId>` (`shopify:<X-Shopify-Webhook-Id>`,
 *   `stripe:evt_…`). Re-sending it while `attempts` is still 0 — the send failed or timed out, or its answer was
 *   lost before the entry was marked sent — reuses that id, so an event that did reach the engine is not run twice.
 * - Inngest (and the local engine) drop an event whose id they have seen in the last 24 hours. An entry that was
 *   handed over but never finished must therefore go out under a new id, or the re-send would be swallowed:
 *   `<provider>:<providerEventId>:sweep-<attempts>`, `attempts` being the hand-offs already made. It only grows,
 *   so every re-send has an id of its own, and a re-send whose answer was lost is repeated under the same id.
 */
export function inboxEventId(entry: { provider: WebhookProvider; providerEventId: string; attempts: number }): string {
  const base = `${entry.provider}:${entry.providerEventId}`;
  return entry.attempts === 0 ? base : `${base}:sweep-${entry.attempts}`;
}
