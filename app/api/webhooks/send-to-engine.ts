import { inngest } from "@/inngest/client";
import { webhookReceived } from "@/inngest/events";
import type { InboxEvent } from "@/lib/webhooks/inbox-event";

/** Hands an inbox entry to the engine through the typed event, under the id lib/webhooks chose. */
export const sendToEngine = (event: InboxEvent) => inngest.send(webhookReceived.create(event.data, { id: event.id }));
