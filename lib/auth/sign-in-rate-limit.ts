import { and, count, eq, gt } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { signInAttempts } from "@/lib/db/schema";

export type RateLimitPolicy = { maxFailures: number; windowMinutes: number };

/** An address may fail this many times more than one account may (a shop's tablets share one address). */
export const addressFailureFactor = 4;

/**
 * Whether another sign-in may be tried for this account from this address: refused once the account has
 * `maxFailures` failures inside the window, or the address `maxFailures × addressFailureFactor`.
 */
export async function isSignInAllowed(
  db: Executor,
  attempt: { email: string; address: string; now: Date },
  policy: RateLimitPolicy,
): Promise<boolean> {
  const since = new Date(attempt.now.getTime() - policy.windowMinutes * 60_000);
  const failuresWhere = (column: typeof signInAttempts.email | typeof signInAttempts.address, value: string) =>
    and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since));
  const [byAccount] = await db.select({ failures: count() }).from(signInAttempts).where(failuresWhere(signInAttempts.email, attempt.email));
  const [byAddress] = await db.select({ failures: count() }).from(signInAttempts).where(failuresWhere(signInAttempts.address, attempt.address));
  return (
    Number(byAccount?.failures ?? 0) < policy.maxFailures &&
    Number(byAddress?.failures ?? 0) < policy.maxFailures * addressFailureFactor
  );
}

export async function recordSignInAttempt(
  db: Executor,
  attempt: { email: string; address: string; succeeded: boolean; userId: number | null; now: Date },
): Promise<void> {
  await db.insert(signInAttempts).values({
    email: attempt.email,
    address: attempt.address,
    succeeded: attempt.succeeded,
    userId: attempt.userId,
    at: attempt.now,
  });
}
