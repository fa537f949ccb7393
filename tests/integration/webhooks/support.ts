import { asc } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { webhookInbox, type InboxEntry } from "@/lib/db/schema";
import type { InboxEvent, SendInboxEvent } from "@/lib/webhooks/inbox-event";

/**
 * A stand-in for the engine's event API: remembers what it took, drops an id it has already seen (as Inngest and
 * the local engine do for 24 h), and can be told to refuse or to hang.
 */
export function fakeEngine() {
  const received: InboxEvent[] = [];
  const accepted: InboxEvent[] = [];
  let mode: "up" | "down" | "hanging" = "up";
  const send: SendInboxEvent = async (event) => {
    if (mode === "down") throw new Error("connect ECONNREFUSED 127.0.0.1:8288");
    if (mode === "hanging") return new Promise<never>(() => {});
    received.push(event);
    if (!accepted.some((seen) => seen.id === event.id)) accepted.push(event);
    return { ids: [event.id] };
  };
  return {
    send,
    /** Every event it was sent, repeats included. */
    received,
    /** The events it would run: one per id. */
    accepted,
    setMode: (next: "up" | "down" | "hanging") => {
      mode = next;
    },
    reset: () => {
      received.length = 0;
      accepted.length = 0;
      mode = "up";
    },
  };
}

export async function inboxRows(db: Executor): Promise<InboxEntry[]> {
  return db.select().from(webhookInbox).orderBy(asc(webhookInbox.id));
}

export async function clearInbox(db: Executor): Promise<void> {
  await db.delete(webhookInbox);
}
