import { count, desc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { auditLog, users } from "@/lib/db/schema";

export const auditPageSize = 50;

/** The audit log, newest first: who, what, to what, before and after, and why. */
export async function listAuditLog(db: Executor, { page }: { page: number }) {
  const [totals] = await db.select({ total: count() }).from(auditLog);
  const total = Number(totals?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / auditPageSize));
  const current = Math.min(page, pageCount);
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(auditPageSize)
    .offset((current - 1) * auditPageSize);
  return { rows, total, page: current, pageCount };
}

export type AuditRow = Awaited<ReturnType<typeof listAuditLog>>["rows"][number];
