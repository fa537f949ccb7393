import type { Database, Executor } from "@/lib/db/open-database";
import { localEngineEvents } from "@/lib/db/schema";
import { claimDedupeKey } from "./claim-dedupe-key";
import { normalizeEvent, type EngineEvent, type IncomingEvent } from "./engine-event";
import { seededUlids } from "./ulid";

/**
 * Stores events sent to the event API and returns their ids, as the Inngest event API does. An event whose id was
 * already received within 24 h is acknowledged again but stored once, so it starts no second run. Runs are created
 * from stored events by `fanOutEvents`.
 */
export async function receiveEvents(db: Database, incoming: IncomingEvent[], idSeed: string | null, now: Date): Promise<string[]> {
  const seeded = idSeed ? seededUlids(idSeed, incoming.length) : null;
  const events = incoming.map((event, index) => normalizeEvent(event, seeded?.[index], now));
  await db.transaction(async (tx) => {
    for (const event of events) await storeEvent(tx, event, now);
  });
  return events.map((event) => event.id);
}

/** Stores one event unless its id is a recent duplicate; returns whether it was stored. */
export async function storeEvent(db: Executor, event: EngineEvent, now: Date): Promise<boolean> {
  if (!(await claimDedupeKey(db, "event", event.id, now))) return false;
  await db.insert(localEngineEvents).values({ eventId: event.id, name: event.name, payload: event, receivedAt: now });
  return true;
}
