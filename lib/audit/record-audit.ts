import type { Executor } from "@/lib/db/open-database";
import { auditLog } from "@/lib/db/schema";

export type AuditEntryInput = {
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string;
  before?: unknown;
  after?: unknown;
  reason?: string;
};

/** Records who did what, to what, with the before and after and why. Call it inside the change's transaction. */
export async function recordAudit(db: Executor, entry: AuditEntryInput): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}
