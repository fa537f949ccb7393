import { and, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { webhookInbox, type InboxEntry } from "@/lib/db/schema";
import type { WebhookProvider } from "./inbox-event";

export type NewDelivery = {
  provider: WebhookProvider;
  /** `X-Shopify-Webhook-Id` or the Stripe event id: unique per provider. */
  providerEventId: string;
  topic: string;
  shopDomain: string | null;
  /** Only the headers that matter (see pick-shopify-headers.ts); never a signature. */
  headers: Record<string, string>;
  rawBody: string;
  /** Null: to be handed to the engine (`received`). A reason: kept as `ignored`, finished at once. */
  ignoredReason: string | null;
};

export type RecordedDelivery = { kind: "recorded"; entry: InboxEntry } | { kind: "duplicate"; entry: InboxEntry };

/**
 * Records a verified delivery once: `insert … on conflict (provider, provider_event_id) do nothing`. A repeat of a
 * delivery already recorded (the provider's retry, or two deliveries racing) answers `duplicate` with the row
 * that is there, and changes nothing.
 */
export async function recordInboxEntry(db: Executor, delivery: NewDelivery, now: Date): Promise<RecordedDelivery> {
  const ignored = delivery.ignoredReason !== null;
  const [inserted] = await db
    .insert(webhookInbox)
    .values({
      provider: delivery.provider,
      providerEventId: delivery.providerEventId,
      topic: delivery.topic,
      shopDomain: delivery.shopDomain,
      headers: delivery.headers,
      rawBody: delivery.rawBody,
      status: ignored ? "ignored" : "received",
      statusReason: delivery.ignoredReason,
      receivedAt: now,
      finishedAt: ignored ? now : null,
    })
    .onConflictDoNothing({ target: [webhookInbox.provider, webhookInbox.providerEventId] })
    .returning();
  if (inserted) return { kind: "recorded", entry: inserted };

  const [existing] = await db
    .select()
    .from(webhookInbox)
    .where(and(eq(webhookInbox.provider, delivery.provider), eq(webhookInbox.providerEventId, delivery.providerEventId)));
  if (!existing) throw new Error(`inbox entry ${delivery.provider}:${delivery.providerEventId} conflicted but cannot be read`);
  return { kind: "duplicate", entry: existing };
}
