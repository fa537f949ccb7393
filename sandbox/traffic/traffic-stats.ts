import type { TrafficEvent, TrafficStats } from "./traffic-event";

export function emptyStats(): TrafficStats {
  const byKind: TrafficStats["byKind"] = {
    "till-sale": 0,
    "shopify-order": 0,
    "stripe-payment": 0,
    "shopify-refund": 0,
    "stripe-refund": 0,
    "shopify-stock-edit": 0,
    skipped: 0,
  };
  return { running: false, played: 0, byKind, failed: 0, unitsSold: { till: 0, shopify: 0, stripe: 0 }, unitsRefunded: { shopify: 0, stripe: 0 }, lastError: null };
}

const units = (lines: ReadonlyArray<{ quantity: number }>): number => lines.reduce((sum, line) => sum + line.quantity, 0);

/** Counts one played event into the stats. */
export function countEvent(stats: TrafficStats, event: TrafficEvent): void {
  stats.played += 1;
  stats.byKind[event.kind] += 1;
  if (event.kind === "till-sale") stats.unitsSold.till += units(event.lines);
  if (event.kind === "shopify-order") stats.unitsSold.shopify += units(event.lines);
  if (event.kind === "stripe-payment") stats.unitsSold.stripe += units(event.lines);
  if (event.kind === "shopify-refund") stats.unitsRefunded.shopify += units(event.lines);
  if (event.kind === "stripe-refund") stats.unitsRefunded.stripe += units(event.lines);
}
