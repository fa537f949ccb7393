/**
 * The cost bucket of one app on one store. A query may start only when its requested cost is available; the
 * difference to its actual cost is refunded afterwards; points come back continuously at the restore rate.
 * `timeScale` speeds the restoration up for tests, and the reported restoreRate is the scaled one, so a client
 * that waits by the figures it is given waits the right (short) time.
 */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

export type LeakyBucket = {
  /** Takes `cost` points if they are there; false (and nothing taken) otherwise. */
  take: (cost: number) => boolean;
  refund: (points: number) => void;
  status: () => ThrottleStatus;
  configure: (settings: { maximumAvailable?: number; restoreRate?: number }) => void;
  /** Sets the points available now (tests use it to start from an empty or a full bucket). */
  fill: (points: number) => void;
};

export function createLeakyBucket(options: {
  maximumAvailable: number;
  restoreRate: number;
  timeScale: () => number;
  now?: () => number;
}): LeakyBucket {
  const now = options.now ?? (() => performance.now());
  let maximum = options.maximumAvailable;
  let rate = options.restoreRate;
  let available = maximum;
  let at = now();

  const refill = (): void => {
    const t = now();
    available = Math.min(maximum, available + ((t - at) / 1000) * rate * options.timeScale());
    at = t;
  };

  return {
    take: (cost) => {
      refill();
      if (cost > available) return false;
      available -= cost;
      return true;
    },
    refund: (points) => {
      refill();
      available = Math.min(maximum, available + Math.max(0, points));
    },
    status: () => {
      refill();
      return { maximumAvailable: maximum, currentlyAvailable: Math.floor(available), restoreRate: rate * options.timeScale() };
    },
    configure: (settings) => {
      refill();
      maximum = settings.maximumAvailable ?? maximum;
      rate = settings.restoreRate ?? rate;
      available = Math.min(available, maximum);
    },
    fill: (points) => {
      refill();
      available = Math.max(0, Math.min(maximum, points));
    },
  };
}
