/** The generator's dice: every choice of a run is drawn from one `() => number` in [0, 1), so a seed replays it. */
export type TrafficRandom = {
  next: () => number;
  chance: (probability: number) => boolean;
  /** An integer in [min, max], both included. */
  integer: (min: number, max: number) => number;
  /** One element, uniformly (undefined for an empty list). */
  pick: <T>(items: readonly T[]) => T | undefined;
  /** One element with probability proportional to its weight (undefined when no weight is positive). */
  weighted: <T>(items: readonly T[], weight: (item: T) => number) => T | undefined;
};

export function createTrafficRandom(next: () => number): TrafficRandom {
  const integer = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (probability) => next() < probability,
    integer,
    pick: (items) => (items.length === 0 ? undefined : items[integer(0, items.length - 1)]),
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + Math.max(0, weight(item)), 0);
      if (total <= 0) return undefined;
      let left = next() * total;
      for (const item of items) {
        left -= Math.max(0, weight(item));
        if (left < 0) return item;
      }
      return items.findLast((item) => weight(item) > 0);
    },
  };
}
