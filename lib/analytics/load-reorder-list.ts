import type { Executor } from "@/lib/db/open-database";
import { buildReorderList, type ReorderLine } from "./build-reorder-list";
import { readStockPositions, type StockPosition } from "./read-stock-positions";
import { readStockSettings, type StockSettings } from "./read-stock-settings";

export type ReorderList = { positions: StockPosition[]; lines: ReorderLine[]; settings: StockSettings };

/** Stock positions over the window and the reorder list built from them (the dashboard and the CSV share it). */
export async function loadReorderList(db: Executor, params: { now: Date; windowDays: number }): Promise<ReorderList> {
  const [positions, settings] = await Promise.all([readStockPositions(db, params), readStockSettings(db)]);
  return { positions, settings, lines: buildReorderList(positions, { windowDays: params.windowDays, settings }) };
}
