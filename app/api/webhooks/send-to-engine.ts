import { inngest } from "@/inngest/client";
import { webhookReceived } from "@/inngest/events";
import { batchSends } from "@/lib/webhooks/batch-sends";

/**
 * Hands inbox entries to the engine through the typed event, under the ids lib/webhooks chose; webhooks arriving
 * together go in one request (batch-sends.ts).
 */
export const sendToEngine = batchSends((events) => inngest.send(events.map((event) => webhookReceived.create(event.data, { id: event.id }))));
