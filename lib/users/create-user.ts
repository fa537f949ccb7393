import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";
import type { NewUserInput } from "./user-input";

export type CreateUserResult = { created: true; userId: number } | { created: false; reason: "email-taken" };

/** Creates an account (audited). The password is hashed before the transaction starts. */
export async function createUser(db: Database, input: NewUserInput, actorUserId: number): Promise<CreateUserResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (existing) return { created: false, reason: "email-taken" } as const;
    const [created] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, role: input.role, passwordHash })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) return { created: false, reason: "email-taken" } as const;
    await recordAudit(tx, {
      actorUserId,
      action: "user.create",
      subjectType: "user",
      subjectId: String(created.id),
      after: { name: input.name, email: input.email, role: input.role },
    });
    return { created: true, userId: created.id } as const;
  });
}
