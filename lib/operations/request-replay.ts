import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { auditLog, webhookInbox } from "@/lib/db/schema";

/** Only an event that failed or was ignored is replayed: anything else is still on its way or done. */
export const replayableStatuses = ["failed", "ignored"] as const;

export function isReplayable(status: string): boolean {
  return (replayableStatuses as readonly string[]).includes(status);
}

/** The replay form: which entry, and why (optional; kept in the audit log). */
export const replayRequestSchema = z.object({
  inboxId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  reason: z
    .string()
    .trim()
    .max(500, "At most 500 characters")
    .optional()
    .transform((reason) => (reason ? reason : null)),
});

/** What must be sent to the engine for the replay: the entry, and an event id of its own (see `engineEventId`). */
export type InboxEntryToSend = {
  inboxId: number;
  provider: "lightspeed" | "shopify" | "stripe" | "portal";
  providerEventId: string;
  topic: string;
  shopDomain: string | null;
  /**
   * The original delivery was sent with the provider's event id, and the engine drops an event id it has seen
   * (Inngest keeps them for 24 h): a replay goes with `{provider}:{providerEventId}:replay-{n}`.
   */
  engineEventId: string;
  replayNumber: number;
};

export type ReplayResult =
  | { queued: true; send: InboxEntryToSend }
  | { queued: false; reason: "not-found" }
  | { queued: false; reason: "not-replayable"; status: string };

export const replayAuditAction = "inbox.replay";
export const queuedForReplayReason = "Queued for replay by the owner";

/**
 * Resets a failed or ignored inbox entry for reprocessing: status back to `received` (attempts and the last error
 * are kept as history), with an audit row, in one transaction. Returns what must be sent to the engine; until the
 * caller sends it, the inbox sweep re-sends every `received` entry.
 */
export async function requestReplay(
  db: Executor,
  request: { inboxId: number; reason: string | null },
  actorUserId: number,
): Promise<ReplayResult> {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(webhookInbox).where(eq(webhookInbox.id, request.inboxId)).limit(1).for("update");
    if (!entry) return { queued: false, reason: "not-found" } as const;
    if (!isReplayable(entry.status)) return { queued: false, reason: "not-replayable", status: entry.status } as const;
    const [previous] = await tx
      .select({ replays: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, replayAuditAction), eq(auditLog.subjectType, "webhook_inbox"), eq(auditLog.subjectId, String(entry.id))));
    const replayNumber = Number(previous?.replays ?? 0) + 1;
    await tx
      .update(webhookInbox)
      .set({ status: "received", statusReason: queuedForReplayReason, sentAt: null, finishedAt: null })
      .where(eq(webhookInbox.id, entry.id));
    await recordAudit(tx, {
      actorUserId,
      action: replayAuditAction,
      subjectType: "webhook_inbox",
      subjectId: String(entry.id),
      before: { status: entry.status, statusReason: entry.statusReason, attempts: entry.attempts, lastError: entry.lastError },
      after: { status: "received", statusReason: queuedForReplayReason, attempts: entry.attempts, replay: replayNumber },
      ...(request.reason ? { reason: request.reason } : {}),
    });
    return {
      queued: true,
      send: {
        inboxId: entry.id,
        provider: entry.provider,
        providerEventId: entry.providerEventId,
        topic: entry.topic,
        shopDomain: entry.shopDomain,
        engineEventId: `${entry.provider}:${entry.providerEventId}:replay-${replayNumber}`,
        replayNumber,
      },
    } as const;
  });
}
