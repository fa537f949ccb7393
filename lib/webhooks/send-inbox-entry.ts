import type { Executor } from "@/lib/db";
import type { InboxEntry } from "@/lib/db/schema";
import { inboxEventId, webhookProviderSchema, type SendInboxEvent } from "./inbox-event";
import { markInboxEntrySendFailed, markInboxEntrySent } from "./mark-inbox-entry";
import { describeError, silentWebhookLogger, type WebhookLogger } from "./webhook-logger";

/**
 * How long a hand-off may take before the caller stops waiting. The SDK retries a failed send itself (five tries,
 * about 1.5 s of backoff) and its fetch has no timeout of its own; a webhook must be answered well within Shopify's
 * 5 s, and an entry whose send is abandoned is safe in the inbox for the sweep.
 */
export const DEFAULT_SEND_TIMEOUT_MS = 2_000;

export type SendInboxEntryDeps = {
  send: SendInboxEvent;
  now?: () => Date;
  sendTimeoutMs?: number;
  logger?: WebhookLogger;
};

export type SendInboxEntryResult = { sent: true; eventId: string } | { sent: false; eventId: string | null; error: string };

type SendableEntry = Pick<InboxEntry, "id" | "provider" | "providerEventId" | "topic" | "attempts">;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Hands an inbox entry to the engine as `tillbridge/webhook.received` under its event id (inbox-event.ts), then
 * marks it sent. Used by the webhook routes and by the sweep. Never throws: a failed or slow send leaves the
 * entry `received` with the error in `last_error`, for the sweep to send again under the same id.
 */
export async function sendInboxEntry(db: Executor, entry: SendableEntry, deps: SendInboxEntryDeps): Promise<SendInboxEntryResult> {
  const { now = () => new Date(), sendTimeoutMs = DEFAULT_SEND_TIMEOUT_MS, logger = silentWebhookLogger } = deps;
  const provider = webhookProviderSchema.safeParse(entry.provider);
  if (!provider.success) return { sent: false, eventId: null, error: `inbox entry ${entry.id} is from ${entry.provider}, not a webhook provider` };
  const eventId = inboxEventId({ provider: provider.data, providerEventId: entry.providerEventId, attempts: entry.attempts });

  try {
    await withTimeout(Promise.resolve().then(() => deps.send({ id: eventId, data: { inboxId: entry.id, provider: provider.data, topic: entry.topic } })), sendTimeoutMs);
  } catch (error) {
    const message = describeError(error);
    logger.warn(`inbox entry ${entry.id} (${eventId}) was not handed to the engine; the sweep will retry: ${message}`);
    await markInboxEntrySendFailed(db, entry.id, message).catch((markError: unknown) => {
      logger.error(`could not note the failed send of inbox entry ${entry.id}`, markError);
    });
    return { sent: false, eventId, error: message };
  }

  try {
    await markInboxEntrySent(db, entry.id, now());
  } catch (error) {
    // The engine has the event; the sweep will send it again under the same id, which the engine drops.
    logger.error(`inbox entry ${entry.id} was handed to the engine but could not be marked sent`, error);
  }
  return { sent: true, eventId };
}
