import { computeDaysOfCover } from "./compute-days-of-cover";
import type { StockPosition } from "./read-stock-positions";

/** Stock that would last longer than this at the window's rate counts as slow. */
export const slowMoverCoverDays = 180;

export type SlowMover = StockPosition & {
  available: number;
  /** Null: nothing sold in the window. */
  daysOfCover: number | null;
  /** On-hand × cost: the money tied up in it. */
  stockValueCents: number;
};

/**
 * Stock on hand with little or no sale over the window: available units > 0 and either no units out in the
 * window or more than `slowMoverCoverDays` days of cover at the window's rate. Most money tied up first.
 */
export function findSlowMovers(positions: readonly StockPosition[], windowDays: number): SlowMover[] {
  return positions
    .map((position): SlowMover => {
      const available = position.onHand - position.pending;
      return {
        ...position,
        available,
        daysOfCover: computeDaysOfCover(available, position.unitsOut, windowDays),
        stockValueCents: Math.max(0, position.onHand) * position.costCents,
      };
    })
    .filter((line) => line.available > 0 && (line.daysOfCover === null || line.daysOfCover > slowMoverCoverDays))
    .sort((a, b) => b.stockValueCents - a.stockValueCents || a.sku.localeCompare(b.sku));
}
