/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same demo shop.
 * Not for anything secret.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both included. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(values: readonly T[]) => T;
  /** A value picked with probability proportional to `weight(value)`. */
  weighted: <T>(values: readonly T[], weight: (value: T) => number) => T;
  shuffle: <T>(values: readonly T[]) => T[];
  /** A Poisson-distributed count with the given mean. */
  poisson: (mean: number) => number;
  /** `length` characters from `alphabet` (default lower-case hex). */
  token: (length: number, alphabet?: string) => string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const at = <T>(values: readonly T[], index: number): T => {
    const value = values[index];
    if (value === undefined) throw new Error(`No value at ${index} of ${values.length}`);
    return value;
  };
  const pick = <T>(values: readonly T[]): T => at(values, Math.floor(next() * values.length));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (values, weight) => {
      const weights = values.map((value) => Math.max(0, weight(value)));
      const total = weights.reduce((sum, value) => sum + value, 0);
      if (total <= 0) return pick(values);
      let target = next() * total;
      for (const [index, value] of weights.entries()) {
        target -= value;
        if (target < 0) return at(values, index);
      }
      return at(values, values.length - 1);
    },
    shuffle: (values) => {
      const copy = [...values];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = Math.floor(next() * (index + 1));
        const here = at(copy, index);
        copy[index] = at(copy, other);
        copy[other] = here;
      }
      return copy;
    },
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 60) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(next)));
      const limit = Math.exp(-mean);
      let count = 0;
      let product = next();
      while (product > limit) {
        count += 1;
        product *= next();
      }
      return count;
    },
    token: (length, alphabet = "0123456789abcdef") => {
      let result = "";
      for (let index = 0; index < length; index += 1) result += alphabet.charAt(Math.floor(next() * alphabet.length));
      return result;
    },
  };
}

function gaussian(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A cumulative-weight table for picking many times from the same weights in O(log n). */
export function createWeightedTable<T>(values: readonly T[], weights: readonly number[]): (random: Random) => T | undefined {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += Math.max(0, weight);
    cumulative.push(total);
  }
  return (random) => {
    if (total <= 0) return undefined;
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return values[low];
  };
}
