/**
 * The client's picture of one store's cost bucket, so it waits for points instead of being THROTTLED.
 * Calls take a permit in FIFO order; a permit is given once the estimated points cover the call's requested
 * cost. Shopify's `throttleStatus` in every answer corrects the estimate. Until the first answer the
 * budget is unknown, so one call goes alone to learn it.
 */
export type ThrottleStatus = { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };

export type BudgetPermit = { release: () => void };

export type BudgetSnapshot = {
  known: boolean;
  maximumAvailable: number | null;
  estimatedAvailable: number | null;
  restoreRate: number | null;
  /** Total time calls waited for points. */
  waitedMs: number;
};

export type CostBudget = {
  acquire: (cost: number) => Promise<BudgetPermit>;
  observe: (status: ThrottleStatus) => void;
  /** The bucket size once known (a call needing more can never run). */
  maximum: () => number | null;
  snapshot: () => BudgetSnapshot;
};

export function createCostBudget(clock: { now: () => number; sleep: (ms: number) => Promise<void> }): CostBudget {
  let state: { max: number; available: number; rate: number; at: number } | null = null;
  let gate: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let waitedMs = 0;

  const estimate = (): number => {
    if (state === null) return 0;
    return Math.min(state.max, state.available + ((clock.now() - state.at) / 1000) * state.rate);
  };

  const permit = (): BudgetPermit => {
    inFlight += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        inFlight -= 1;
      },
    };
  };

  return {
    acquire: async (cost) => {
      const previous = gate;
      let open: () => void = () => undefined;
      gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      await previous;
      if (state === null) {
        // Learning the bucket: the gate stays shut until this call's answer (or its failure) comes back.
        const inner = permit();
        return {
          release: () => {
            inner.release();
            open();
          },
        };
      }
      for (;;) {
        const current: { max: number; rate: number } = state;
        const needed = Math.min(cost, current.max);
        const available = estimate();
        if (available >= needed) break;
        const wait = Math.ceil(((needed - available) / current.rate) * 1000) + 1;
        waitedMs += wait;
        await clock.sleep(wait);
      }
      state = { ...state, available: estimate() - cost, at: clock.now() };
      open();
      return permit();
    },
    observe: (status) => {
      // With other calls in flight the answer may not count them yet: keep the lower figure.
      const available = state !== null && inFlight > 1 ? Math.min(estimate(), status.currentlyAvailable) : status.currentlyAvailable;
      state = { max: status.maximumAvailable, available, rate: status.restoreRate, at: clock.now() };
    },
    maximum: () => state?.max ?? null,
    snapshot: () => ({
      known: state !== null,
      maximumAvailable: state?.max ?? null,
      estimatedAvailable: state === null ? null : estimate(),
      restoreRate: state?.rate ?? null,
      waitedMs,
    }),
  };
}
