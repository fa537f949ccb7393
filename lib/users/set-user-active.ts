import { and, count, eq, ne } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";

export type SetUserActiveResult = { changed: true } | { changed: false; reason: "not-found" | "self" | "last-owner" };

/** Deactivates or reactivates an account (audited). Nobody deactivates themselves or the last active owner. */
export async function setUserActive(
  db: Database,
  input: { userId: number; active: boolean },
  actorUserId: number,
): Promise<SetUserActiveResult> {
  if (input.userId === actorUserId && !input.active) return { changed: false, reason: "self" };
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, input.userId)).limit(1).for("update");
    if (!user) return { changed: false, reason: "not-found" } as const;
    if (!input.active && user.role === "owner") {
      const [others] = await tx
        .select({ owners: count() })
        .from(users)
        .where(and(eq(users.role, "owner"), eq(users.active, true), ne(users.id, user.id)));
      if (Number(others?.owners ?? 0) === 0) return { changed: false, reason: "last-owner" } as const;
    }
    await tx.update(users).set({ active: input.active }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorUserId,
      action: input.active ? "user.reactivate" : "user.deactivate",
      subjectType: "user",
      subjectId: String(user.id),
      before: { active: user.active },
      after: { active: input.active },
    });
    return { changed: true } as const;
  });
}
