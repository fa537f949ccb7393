import type { InboxEvent, SendInboxEvent } from "./inbox-event";

/** Sends many events to the engine in one request; rejects when the engine did not take them. */
export type SendInboxEvents = (events: InboxEvent[]) => Promise<unknown>;

/**
 * One hand-off per request to the engine instead of one per webhook. Events sent while a request is in flight
 * wait and go together in the next one (at most `maxBatch` each), so under a burst the engine — or Inngest Cloud,
 * a network round trip away — is called a few times a second instead of once per webhook, and alone a send goes
 * at once. Each caller's promise settles with its own batch: a failed batch rejects every send in it.
 */
export function batchSends(sendMany: SendInboxEvents, maxBatch = 200): SendInboxEvent {
  type Waiting = { event: InboxEvent; resolve: () => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let inFlight = false;

  const flush = (): void => {
    if (inFlight || waiting.length === 0) return;
    const batch = waiting.slice(0, maxBatch);
    waiting = waiting.slice(maxBatch);
    inFlight = true;
    sendMany(batch.map((entry) => entry.event))
      .then(
        () => batch.forEach((entry) => entry.resolve()),
        (error: unknown) => batch.forEach((entry) => entry.reject(error)),
      )
      .finally(() => {
        inFlight = false;
        flush();
      });
  };

  return (event) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ event, resolve, reject });
      flush();
    });
}
