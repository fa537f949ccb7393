import { and, count, eq, gt } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { signInAttempts } from "@/lib/db/schema";

export type RateLimitPolicy = { maxFailures: number; windowMinutes: number };

/** An address may fail this many times more than one account may (a shop's tablets share one address). */
export const addressFailureFactor = 4;

export type SignInAttemptKey = { email: string; address: string; now: Date };

/**
 * Claims one try for this account from this address, or refuses it. The attempt is recorded *first*, as a
 * failure until `settleSignInAttempt` says otherwise, and only then are the failures in the window counted, this
 * one included: so simultaneous tries see each other, and a burst gets no more tries than the budget
 * (`maxFailures` per account, `maxFailures × addressFailureFactor` per address). A refused try is removed again, so
 * it does not extend the lock-out. Answers the attempt's id, or null when refused.
 */
export async function claimSignInAttempt(db: Executor, attempt: SignInAttemptKey, policy: RateLimitPolicy): Promise<number | null> {
  const [claimed] = await db
    .insert(signInAttempts)
    .values({ email: attempt.email, address: attempt.address, succeeded: false, userId: null, at: attempt.now })
    .returning({ id: signInAttempts.id });
  if (!claimed) throw new Error("the sign-in attempt was not recorded");
  const since = new Date(attempt.now.getTime() - policy.windowMinutes * 60_000);
  const failuresWhere = (column: typeof signInAttempts.email | typeof signInAttempts.address, value: string) =>
    and(eq(column, value), eq(signInAttempts.succeeded, false), gt(signInAttempts.at, since));
  const [byAccount] = await db.select({ failures: count() }).from(signInAttempts).where(failuresWhere(signInAttempts.email, attempt.email));
  const [byAddress] = await db.select({ failures: count() }).from(signInAttempts).where(failuresWhere(signInAttempts.address, attempt.address));
  const allowed =
    Number(byAccount?.failures ?? 0) <= policy.maxFailures && Number(byAddress?.failures ?? 0) <= policy.maxFailures * addressFailureFactor;
  if (allowed) return claimed.id;
  await db.delete(signInAttempts).where(eq(signInAttempts.id, claimed.id));
  return null;
}

/** Records how a claimed attempt ended: a success stops counting against the budgets. */
export async function settleSignInAttempt(db: Executor, attemptId: number, outcome: { succeeded: boolean; userId: number | null }): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: outcome.succeeded, userId: outcome.userId }).where(eq(signInAttempts.id, attemptId));
}
