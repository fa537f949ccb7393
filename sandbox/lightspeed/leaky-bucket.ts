/**
 * The R-Series rate limit for one account + client pair: a leaky bucket (size 90 + 10 per extra register,
 * draining 1 drip/s + 0.5 per extra register), with a one-second fixed-window burst limiter on top.
 * `timeScale` speeds the drain (10 = ten times faster) so tests and benchmarks need not wait in real time; the
 * burst window stays one real second.
 */
export type RateLimitVerdict =
  | { allowed: true }
  | { allowed: false; type: "api-leaky-bucket" | "api-burst-limiter"; retryAfterSeconds: number };

export type LeakyBucket = {
  /** Counts the request in the burst window and, if both limits allow, pours `cost` into the bucket. */
  admit(cost: number, now: number): RateLimitVerdict;
  level(now: number): number;
  burstCount(now: number): number;
  readonly size: number;
  /** Drips per real second (the drip rate times the time scale), as the header reports it. */
  effectiveDripRate(): number;
  readonly burstLimit: number;
  setTimeScale(timeScale: number, now: number): void;
  timeScale(): number;
  reset(now: number): void;
};

export function createLeakyBucket(options: {
  size: number;
  dripRate: number;
  burstLimit: number;
  timeScale: number;
}): LeakyBucket {
  let timeScale = options.timeScale;
  let level = 0;
  let levelAt = 0;
  let windowStart = 0;
  let windowCount = 0;

  function drained(now: number): number {
    return Math.max(0, level - (options.dripRate * timeScale * (now - levelAt)) / 1000);
  }

  function burst(now: number): number {
    return now - windowStart >= 1000 ? 0 : windowCount;
  }

  return {
    size: options.size,
    burstLimit: options.burstLimit,
    admit(cost, now) {
      if (now - windowStart >= 1000) {
        windowStart = Math.floor(now / 1000) * 1000;
        windowCount = 0;
      }
      windowCount += 1;
      if (windowCount > options.burstLimit) {
        return { allowed: false, type: "api-burst-limiter", retryAfterSeconds: (windowStart + 1000 - now) / 1000 };
      }
      const current = drained(now);
      if (current + cost > options.size) {
        return {
          allowed: false,
          type: "api-leaky-bucket",
          retryAfterSeconds: (current + cost - options.size) / (options.dripRate * timeScale),
        };
      }
      level = current + cost;
      levelAt = now;
      return { allowed: true };
    },
    level: drained,
    burstCount: burst,
    effectiveDripRate: () => options.dripRate * timeScale,
    setTimeScale(next, now) {
      level = drained(now);
      levelAt = now;
      timeScale = next;
    },
    timeScale: () => timeScale,
    reset(now) {
      level = 0;
      levelAt = now;
      windowCount = 0;
    },
  };
}

/**
 * Retry-After in seconds. Real R-Series sends whole seconds; under a time scale above 1 the sandbox sends a
 * fraction (e.g. "0.35"), or a scaled-up test would wait far longer than the bucket needs.
 */
export function formatRetryAfter(seconds: number, timeScale: number): string {
  if (timeScale <= 1) return String(Math.max(1, Math.ceil(seconds)));
  return String(Math.max(0.001, Math.ceil(seconds * 1000) / 1000));
}

/** Bucket level for the header: at most three decimals, no trailing zeros (`12.5/90`). */
export function formatLevel(level: number): string {
  return String(Math.round(level * 1000) / 1000);
}
