/**
 * Exponential backoff with jitter: attempt 1 waits about `base`, each next one twice as long, capped at `max`; the
 * wait is drawn from the upper half of that, so retries from many callers spread out without ever being instant.
 */
export function backoffDelayMs(
  attempt: number,
  options: { baseDelayMs: number; maxDelayMs: number; random: () => number },
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return ceiling / 2 + options.random() * (ceiling / 2);
}
