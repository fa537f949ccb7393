import { and, asc, eq, gte, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { sendInboxEntry, type SendInboxEntryDeps } from "./send-inbox-entry";

export type SweepOptions = {
  now: Date;
  /** A `received` entry younger than this is left to the route that is sending it. */
  receivedGraceMs: number;
  /** A `sent` entry not finished after this long is handed over again (under a new event id). */
  sentStaleMs: number;
  /** After this many hand-offs without finishing, the entry is `failed` for the owner instead of re-sent. */
  maxSends: number;
  batchSize: number;
  /** A run stops after this many sends in a row failed: the engine is away, the next run will try again. */
  maxConsecutiveFailures: number;
};

export const sweepDefaults: Omit<SweepOptions, "now"> = {
  receivedGraceMs: 60_000,
  sentStaleMs: 10 * 60_000,
  maxSends: 5,
  batchSize: 100,
  maxConsecutiveFailures: 3,
};

export type SweepInboxResult = { resent: number; sendFailed: number; gaveUp: number };

/**
 * The inbox's safety net (DESIGN §3: "a sweep re-sends anything not finished"):
 *
 * 1. entries handed over `maxSends` times and still not finished become `failed` ("not finished after N
 *    hand-offs"), so a topic nobody processes, or a function that never marks its entry, ends up in front of
 *    the owner instead of being re-sent forever;
 * 2. entries still `received` (their send failed or timed out) are sent again — under the same id while
 *    `attempts` is 0, so one that did reach the engine is dropped there as a duplicate;
 * 3. entries `sent` more than `sentStaleMs` ago without finishing are sent again under
 *    `<provider>:<id>:sweep-<attempts>`: the engine drops a repeated id for 24 h, so the same id would be lost.
 *    Processing is idempotent on business keys (DESIGN §2), so a run that was only slow does no harm twice.
 *
 * Oldest first, at most `batchSize` per run.
 */
export async function sweepInbox(db: Executor, deps: SendInboxEntryDeps, options: Partial<SweepOptions> & { now: Date }): Promise<SweepInboxResult> {
  const settings: SweepOptions = { ...sweepDefaults, ...options };
  const staleBefore = new Date(settings.now.getTime() - settings.sentStaleMs);
  const graceBefore = new Date(settings.now.getTime() - settings.receivedGraceMs);
  /** Handed over before `staleBefore` (an entry `sent` without a time counts from when it was received). */
  const handedOverBeforeStale = or(
    lt(webhookInbox.sentAt, staleBefore),
    and(isNull(webhookInbox.sentAt), lt(webhookInbox.receivedAt, staleBefore)),
  );

  const gaveUp = await db
    .update(webhookInbox)
    .set({
      status: "failed",
      statusReason: `not finished after ${settings.maxSends} hand-offs to the engine`,
      lastError: sql`coalesce(${webhookInbox.lastError}, 'no processing run marked it finished')`,
      finishedAt: settings.now,
    })
    .where(and(eq(webhookInbox.status, "sent"), gte(webhookInbox.attempts, settings.maxSends), handedOverBeforeStale))
    .returning({ id: webhookInbox.id });

  const due = await db
    .select({
      id: webhookInbox.id,
      provider: webhookInbox.provider,
      providerEventId: webhookInbox.providerEventId,
      topic: webhookInbox.topic,
      attempts: webhookInbox.attempts,
    })
    .from(webhookInbox)
    .where(
      or(
        and(eq(webhookInbox.status, "received"), lt(webhookInbox.receivedAt, graceBefore)),
        and(eq(webhookInbox.status, "sent"), lt(webhookInbox.attempts, settings.maxSends), handedOverBeforeStale),
      ),
    )
    .orderBy(asc(webhookInbox.receivedAt), asc(webhookInbox.id))
    .limit(settings.batchSize);

  let resent = 0;
  let sendFailed = 0;
  let failuresInARow = 0;
  for (const entry of due) {
    const result = await sendInboxEntry(db, entry, { ...deps, now: () => settings.now });
    if (result.sent) {
      resent += 1;
      failuresInARow = 0;
    } else {
      sendFailed += 1;
      failuresInARow += 1;
      if (failuresInARow >= settings.maxConsecutiveFailures) break;
    }
  }
  return { resent, sendFailed, gaveUp: gaveUp.length };
}
