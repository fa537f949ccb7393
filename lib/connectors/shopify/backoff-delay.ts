import type { RetryPolicy } from "./client-config";

/** Exponential backoff with equal jitter: half of min(max, base × 2^(attempt−1)), plus a uniform draw of the other half. */
export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
