export type BackoffPolicy = {
  /** Delay before the first retry. */
  baseMs: number;
  /** The delay never grows beyond this. */
  maxMs: number;
};

/** Exponential backoff with ±20 % jitter: base × 2^(attempt), capped. `attempt` is the one that just failed (0-based). */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt));
  const jitter = exponential * 0.2 * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(policy.maxMs, exponential + jitter)));
}
