import type { Executor } from "@/lib/db/open-database";
import { findSlowMovers, type SlowMover } from "./find-slow-movers";
import { readLastSoldAt } from "./read-last-sold-at";
import type { StockPosition } from "./read-stock-positions";

export type SlowMoverLine = SlowMover & { lastSoldAt: Date | null };

/** The slow movers among `positions`, each with when it last sold (ever, in any channel). */
export async function loadSlowMovers(db: Executor, params: { positions: readonly StockPosition[]; windowDays: number; now: Date }): Promise<SlowMoverLine[]> {
  const slowMovers = findSlowMovers(params.positions, params.windowDays);
  const lastSold = await readLastSoldAt(db, { itemIds: slowMovers.map((line) => line.itemId), now: params.now });
  return slowMovers.map((line) => ({ ...line, lastSoldAt: lastSold.get(line.itemId) ?? null }));
}
