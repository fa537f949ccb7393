import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";

/** Sets a new password for an account (audited, without the password). */
export async function resetPassword(
  db: Database,
  input: { userId: number; password: string },
  actorUserId: number,
): Promise<{ changed: boolean }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const updated = await tx.update(users).set({ passwordHash }).where(eq(users.id, input.userId)).returning({ id: users.id });
    if (updated.length === 0) return { changed: false };
    await recordAudit(tx, { actorUserId, action: "user.reset_password", subjectType: "user", subjectId: String(input.userId) });
    return { changed: true };
  });
}
