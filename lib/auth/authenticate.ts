import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { users, type User } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "./password";
import { claimSignInAttempt, settleSignInAttempt, type RateLimitPolicy } from "./sign-in-rate-limit";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export type AuthenticationResult =
  | { outcome: "signed-in"; user: Pick<User, "id" | "email" | "name" | "role"> }
  | { outcome: "invalid" }
  | { outcome: "rate-limited" };

/** A hash to compare against when the account does not exist, so both paths take the same time. */
const unknownAccountHash = hashPassword("tillbridge-unknown-account");

/**
 * Checks credentials for a sign-in from `address`, refusing while the account or the address is over its
 * failure budget (claimed before the password is checked, so simultaneous guesses share it), and records every
 * attempt. Unknown accounts, wrong passwords and deactivated accounts
 * all answer "invalid".
 */
export async function authenticate(
  db: Executor,
  input: { credentials: unknown; address: string; now: Date },
  policy: RateLimitPolicy,
): Promise<AuthenticationResult> {
  const parsed = credentialsSchema.safeParse(input.credentials);
  if (!parsed.success) return { outcome: "invalid" };
  const { email, password } = parsed.data;
  const attemptId = await claimSignInAttempt(db, { email, address: input.address, now: input.now }, policy);
  if (attemptId === null) return { outcome: "rate-limited" };
  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordMatches = await verifyPassword(password, user?.passwordHash ?? (await unknownAccountHash));
  const succeeded = user !== undefined && user.active && passwordMatches;
  await settleSignInAttempt(db, attemptId, { succeeded, userId: user?.id ?? null });
  if (!succeeded) return { outcome: "invalid" };
  await db.update(users).set({ lastSignInAt: input.now }).where(eq(users.id, user.id));
  return { outcome: "signed-in", user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
