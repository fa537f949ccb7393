import type { LightspeedClock, LightspeedSleep } from "./lightspeed-config";
import { bucketLevel, burstLimit, dripRate } from "./rate-limit-headers";

export type BudgetPermit = {
  /** Reports how the request ended: the answer's headers, or null when no answer came. Call once. */
  settle(headers: Headers | null): void;
};

export type RateBudgetSnapshot = { level: number; size: number; dripRate: number; burstLimit: number; known: boolean };

export type RateBudget = {
  /** Resolves when the bucket has room for `cost` (and the burst window and any 429 hold allow): send then. */
  acquire(cost: number, signal?: AbortSignal): Promise<BudgetPermit>;
  /** A 429 came back: hold every request for `retryAfterSeconds`, after which there is room for `cost`. */
  rateLimited(retryAfterSeconds: number, cost: number, limitType: string | undefined): void;
  snapshot(): RateBudgetSnapshot;
};

type Waiter = {
  cost: number;
  resolve: (permit: BudgetPermit) => void;
  reject: (reason: unknown) => void;
};

/**
 * The burst limiter counts requests as they reach the API, in fixed one-second windows. A request sent at t arrives
 * somewhere in [t, t + its round trip], so at most `burst` sent in any window of one second plus the longest recent
 * round trip can never put more than `burst` into one of the API's windows, however the network bunches them.
 */
const BURST_WINDOW_MS = 1_000;
const MIN_TRANSIT_MS = 100;
/** Round trips remembered for that bound. */
const TRANSITS_KEPT = 20;

/**
 * A client-side model of one account's leaky bucket, so the connector waits instead of meeting 429s.
 *
 * - Admission is first in, first out: a costly sale is not starved by a stream of cheap reads.
 * - Each admitted request reserves its cost at once; the level drains at the drip rate.
 * - Every answer's `X-LS-Api-Bucket-Level` raises the estimate if the API counts more than we do (another
 *   process on the same account, a cost we under-estimated); it never lowers it below our own reservations,
 *   since requests still in flight are not in the API's figure yet.
 * - Until the first answer tells the bucket's level, requests go one at a time.
 */
export function createRateBudget(options: {
  clock: LightspeedClock;
  sleep: LightspeedSleep;
  marginDrips: number;
  defaultBurstLimit: number;
}): RateBudget {
  const { clock, sleep, marginDrips } = options;
  let size = 90;
  let drip = 1;
  let level = 0;
  let levelAt = clock.now();
  let known = false;
  let probeInFlight = false;
  let blockedUntil = 0;
  let burst = options.defaultBurstLimit;
  const sentAt: number[] = [];
  const transits: number[] = [];
  const burstWindowMs = () => BURST_WINDOW_MS + Math.max(MIN_TRANSIT_MS, ...transits);
  const queue: Waiter[] = [];
  let pumping = false;
  let wakers: Array<() => void> = [];

  function drain(now: number) {
    level = Math.max(0, level - (drip * (now - levelAt)) / 1000);
    levelAt = now;
  }

  function wakeAll() {
    const current = wakers;
    wakers = [];
    for (const wake of current) wake();
  }

  /** Milliseconds until a request of `cost` may go; 0 for now. */
  function delayFor(cost: number, now: number): number {
    let delay = Math.max(0, blockedUntil - now);
    const highestLevel = Math.max(0, size - marginDrips - cost);
    if (level > highestLevel) delay = Math.max(delay, ((level - highestLevel) / drip) * 1000);
    const window = burstWindowMs();
    while (sentAt.length > 0 && (sentAt[0] ?? 0) <= now - window) sentAt.shift();
    const blocking = sentAt[sentAt.length - burst];
    if (blocking !== undefined) delay = Math.max(delay, blocking + window - now);
    return delay;
  }

  function observe(headers: Headers) {
    const reportedDrip = dripRate(headers);
    if (reportedDrip !== null) drip = reportedDrip;
    const reportedBurst = burstLimit(headers);
    if (reportedBurst !== null) burst = reportedBurst;
    const reported = bucketLevel(headers);
    if (reported === null) return;
    drain(clock.now());
    size = reported.size;
    level = Math.max(level, reported.level);
    known = true;
  }

  function permitFor(isProbe: boolean, admittedAt: number): BudgetPermit {
    let settled = false;
    return {
      settle(headers) {
        if (settled) return;
        settled = true;
        if (isProbe) probeInFlight = false;
        if (headers) {
          transits.push(clock.now() - admittedAt);
          if (transits.length > TRANSITS_KEPT) transits.shift();
          observe(headers);
        }
        wakeAll();
      },
    };
  }

  async function pump() {
    if (pumping) return;
    pumping = true;
    try {
      for (let head = queue[0]; head !== undefined; head = queue[0]) {
        if (!known && probeInFlight) {
          await new Promise<void>((resolve) => wakers.push(resolve));
          continue;
        }
        const now = clock.now();
        drain(now);
        const delay = delayFor(head.cost, now);
        if (delay > 0) {
          await Promise.race([sleep(delay), new Promise<void>((resolve) => wakers.push(resolve))]);
          continue;
        }
        queue.shift();
        level += head.cost;
        sentAt.push(now);
        const isProbe = !known;
        if (isProbe) probeInFlight = true;
        head.resolve(permitFor(isProbe, now));
      }
    } finally {
      pumping = false;
    }
  }

  return {
    acquire(cost, signal) {
      return new Promise<BudgetPermit>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onAbort = () => {
          const index = queue.indexOf(waiter);
          if (index < 0) return;
          queue.splice(index, 1);
          reject(signal?.reason);
          wakeAll();
        };
        const waiter: Waiter = {
          cost,
          resolve: (permit) => {
            signal?.removeEventListener("abort", onAbort);
            resolve(permit);
          },
          reject,
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        queue.push(waiter);
        void pump();
      });
    },
    rateLimited(retryAfterSeconds, cost, limitType) {
      const now = clock.now();
      drain(now);
      blockedUntil = Math.max(blockedUntil, now + retryAfterSeconds * 1000);
      if (limitType !== "api-burst-limiter") {
        // The API says there is room for this request in retryAfterSeconds: set the level so that we agree.
        level = Math.max(level, size - marginDrips - cost + drip * retryAfterSeconds);
      }
      wakeAll();
    },
    snapshot() {
      drain(clock.now());
      return { level, size, dripRate: drip, burstLimit: burst, known };
    },
  };
}
