import type { ChannelSalesRow } from "./read-channel-sales";
import type { SalesBucket } from "./sales-buckets";

/** Sales figures of a set of orders. Net = gross − refunded (money), sold − returned to stock (units). */
export type SalesFigures = {
  orders: number;
  grossCents: number;
  refundedCents: number;
  netCents: number;
  unitsSold: number;
  unitsReturned: number;
  netUnits: number;
};

export type ChannelMixPoint = SalesBucket & { byChannel: Record<string, { netCents: number; netUnits: number }> };

export type ChannelSalesSummary = {
  /** Every period of the range, empty ones included, with each channel's net money and units. */
  series: ChannelMixPoint[];
  /** Per channel over the whole range, every given channel included (zero when it sold nothing). */
  byChannel: Array<{ channelKey: string } & SalesFigures>;
  total: SalesFigures;
};

export const emptyFigures: SalesFigures = { orders: 0, grossCents: 0, refundedCents: 0, netCents: 0, unitsSold: 0, unitsReturned: 0, netUnits: 0 };

export function addFigures(figures: SalesFigures, row: Omit<ChannelSalesRow, "bucket" | "channelKey">): SalesFigures {
  const grossCents = figures.grossCents + row.grossCents;
  const refundedCents = figures.refundedCents + row.refundedCents;
  const unitsSold = figures.unitsSold + row.unitsSold;
  const unitsReturned = figures.unitsReturned + row.unitsReturned;
  return { orders: figures.orders + row.orders, grossCents, refundedCents, netCents: grossCents - refundedCents, unitsSold, unitsReturned, netUnits: unitsSold - unitsReturned };
}

/**
 * Turns per-period, per-channel rows into the chart's series and the channel totals. `channelKeys` are the
 * channels shown (in order); rows of other keys (an order from an unknown store) still count in the totals.
 */
export function summariseChannelSales(rows: readonly ChannelSalesRow[], buckets: readonly SalesBucket[], channelKeys: readonly string[]): ChannelSalesSummary {
  const keys = [...channelKeys, ...new Set(rows.map((row) => row.channelKey).filter((key) => !channelKeys.includes(key)))];
  const series = buckets.map((bucket): ChannelMixPoint => ({
    ...bucket,
    byChannel: Object.fromEntries(keys.map((key) => [key, { netCents: 0, netUnits: 0 }])),
  }));
  const pointOf = new Map(series.map((point) => [point.key, point]));
  const totals = new Map(keys.map((key) => [key, emptyFigures]));
  let total = emptyFigures;
  for (const row of rows) {
    const cell = pointOf.get(row.bucket)?.byChannel[row.channelKey];
    if (cell) {
      cell.netCents += row.grossCents - row.refundedCents;
      cell.netUnits += row.unitsSold - row.unitsReturned;
    }
    totals.set(row.channelKey, addFigures(totals.get(row.channelKey) ?? emptyFigures, row));
    total = addFigures(total, row);
  }
  return { series, byChannel: keys.map((channelKey) => ({ channelKey, ...(totals.get(channelKey) ?? emptyFigures) })), total };
}
