import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";

/**
 * How an inbox entry moves. Every function answers whether it changed the row; none throws for a transition it
 * refuses (a late or repeated call is normal with at-least-once delivery).
 *
 *   received ──send──▶ sent ──▶ processed | ignored | failed
 *      └──(signed but not for us: unhandled topic, other mode, malformed)──▶ ignored  (at record time)
 *
 * `attempts` counts hand-offs to the engine and belongs to the send path (it makes each re-send's event id
 * unique, see inbox-event.ts): processing functions never set it. They call `markInboxEntryProcessed`,
 * `markInboxEntryIgnored` or, when the run has given up (`onFailure`), `markInboxEntryFailed`; and may note an
 * error that will be retried with `noteInboxEntryError`.
 */

/** The engine took the entry: one more hand-off. A `received` entry becomes `sent`; a finished one stays finished. */
export async function markInboxEntrySent(db: Executor, id: number, now: Date = new Date()): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({
      attempts: sql`${webhookInbox.attempts} + 1`,
      sentAt: now,
      status: sql`case when ${webhookInbox.status} = 'received' then 'sent'::inbox_status else ${webhookInbox.status} end`,
      lastError: sql`case when ${webhookInbox.status} = 'received' then null else ${webhookInbox.lastError} end`,
    })
    .where(eq(webhookInbox.id, id))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}

/** The hand-off failed: the entry stays `received` (the sweep sends it again) and says why. */
export async function markInboxEntrySendFailed(db: Executor, id: number, error: string): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({ lastError: `send to the engine failed: ${error}` })
    .where(and(eq(webhookInbox.id, id), eq(webhookInbox.status, "received")))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}

/**
 * Done. `reason` says what came of it when that is not obvious (e.g. "needs attention: payment without lines").
 * Wins over `failed`: a re-sent copy that succeeded after an earlier run gave up has done the work.
 */
export async function markInboxEntryProcessed(
  db: Executor,
  id: number,
  options: { reason?: string; now?: Date } = {},
): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({ status: "processed", statusReason: options.reason ?? null, finishedAt: options.now ?? new Date() })
    .where(and(eq(webhookInbox.id, id), inArray(webhookInbox.status, ["received", "sent", "failed", "processed"])))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}

/** Nothing to do for this delivery (e.g. the echo of the portal's own write), and why. */
export async function markInboxEntryIgnored(db: Executor, id: number, reason: string, now: Date = new Date()): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({ status: "ignored", statusReason: reason, finishedAt: now })
    .where(and(eq(webhookInbox.id, id), inArray(webhookInbox.status, ["received", "sent"])))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}

/**
 * The engine gave up on it (call from the processing function's `onFailure`): `failed`, with the last error and
 * a reason for the owner. Never overwrites `processed` or `ignored`.
 */
export async function markInboxEntryFailed(
  db: Executor,
  id: number,
  failure: { error: string; reason?: string; now?: Date },
): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({
      status: "failed",
      statusReason: failure.reason ?? "processing failed",
      lastError: failure.error,
      finishedAt: failure.now ?? new Date(),
    })
    .where(and(eq(webhookInbox.id, id), inArray(webhookInbox.status, ["received", "sent"])))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}

/** Keeps the latest error of a run that will be retried, without changing the status. */
export async function noteInboxEntryError(db: Executor, id: number, error: string): Promise<boolean> {
  const rows = await db
    .update(webhookInbox)
    .set({ lastError: error })
    .where(and(eq(webhookInbox.id, id), inArray(webhookInbox.status, ["received", "sent"])))
    .returning({ id: webhookInbox.id });
  return rows.length > 0;
}
