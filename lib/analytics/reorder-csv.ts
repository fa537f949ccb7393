import type { ReorderLine } from "./build-reorder-list";
import { formatCsv, type CsvCell } from "./format-csv";

export const reorderCsvHeader = [
  "SKU",
  "Name",
  "Variant",
  "Category",
  "Supplier",
  "On hand",
  "Pending",
  "Available",
  "Units out in window",
  "Window days",
  "Daily velocity",
  "Lead time days",
  "Lead time source",
  "Safety stock units",
  "Reorder point",
  "Lightspeed reorder point",
  "Short by",
  "Days of cover",
  "Reorder",
] as const;

const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** The reorder list as CSV: one row per line, the figures behind each reorder point included. */
export function reorderCsv(lines: readonly ReorderLine[], windowDays: number): string {
  const rows = lines.map((line): CsvCell[] => [
    line.sku,
    line.name,
    line.variantName,
    line.category,
    line.supplier,
    line.onHand,
    line.pending,
    line.available,
    line.unitsOut,
    windowDays,
    round(line.dailyVelocity, 3),
    line.leadTimeDays,
    line.leadTimeSource,
    round(line.safetyStock, 2),
    line.reorderPoint,
    line.lightspeedReorderPoint,
    line.shortBy,
    line.daysOfCover === null ? null : round(line.daysOfCover, 1),
    line.flagged ? "yes" : "no",
  ]);
  return formatCsv(reorderCsvHeader, rows);
}

/** `tillbridge-reorder-list-2026-11-22.csv` (the shop's date). */
export function reorderCsvFilename(today: string): string {
  return `tillbridge-reorder-list-${today}.csv`;
}
