import { computeDaysOfCover } from "./compute-days-of-cover";
import { computeReorderPoint, type ReorderPoint } from "./compute-reorder-point";
import type { StockPosition } from "./read-stock-positions";
import type { StockSettings } from "./read-stock-settings";

export type ReorderLine = StockPosition &
  ReorderPoint & {
    /** On-hand less pending units: what is really left to sell. */
    available: number;
    daysOfCover: number | null;
    /** Available is at or below a reorder point above zero: time to order. */
    flagged: boolean;
    /** Reorder point − available (how far below the point it is); 0 when not flagged. */
    shortBy: number;
    /** What Lightspeed's own reorder point says of its on-hand (on-hand ≤ its point); null when it has none. */
    lightspeedFlagged: boolean | null;
  };

/**
 * Every SKU with its reorder point, items to reorder first (furthest below their point first), then by days
 * of cover. An item that sold nothing in the window has a reorder point of 0 and is never flagged.
 */
export function buildReorderList(positions: readonly StockPosition[], params: { windowDays: number; settings: StockSettings }): ReorderLine[] {
  const lines = positions.map((position): ReorderLine => {
    const point = computeReorderPoint({
      unitsOut: position.unitsOut,
      windowDays: params.windowDays,
      itemLeadTimeDays: position.leadTimeDays,
      defaultLeadTimeDays: params.settings.defaultLeadTimeDays,
      safetyStockDays: params.settings.safetyStockDays,
    });
    const available = position.onHand - position.pending;
    const flagged = point.reorderPoint > 0 && available <= point.reorderPoint;
    return {
      ...position,
      ...point,
      available,
      daysOfCover: computeDaysOfCover(available, position.unitsOut, params.windowDays),
      flagged,
      shortBy: flagged ? point.reorderPoint - available : 0,
      lightspeedFlagged: position.lightspeedReorderPoint === null ? null : position.onHand <= position.lightspeedReorderPoint,
    };
  });
  const cover = (line: ReorderLine): number => line.daysOfCover ?? Number.POSITIVE_INFINITY;
  return lines.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.shortBy - a.shortBy || cover(a) - cover(b) || a.sku.localeCompare(b.sku));
}
