import type { StockVsSalesRow } from "./read-stock-vs-sales";

export type CategoryStockVsSales = { category: string; skus: number; onHand: number; pending: number; unitsSold: number };

/** Stock against sales per category, biggest sellers first. */
export function summariseByCategory(rows: readonly StockVsSalesRow[]): CategoryStockVsSales[] {
  const byCategory = new Map<string, CategoryStockVsSales>();
  for (const row of rows) {
    const current = byCategory.get(row.category) ?? { category: row.category, skus: 0, onHand: 0, pending: 0, unitsSold: 0 };
    byCategory.set(row.category, {
      category: row.category,
      skus: current.skus + 1,
      onHand: current.onHand + row.onHand,
      pending: current.pending + row.pending,
      unitsSold: current.unitsSold + row.unitsSold,
    });
  }
  return [...byCategory.values()].sort((a, b) => b.unitsSold - a.unitsSold || a.category.localeCompare(b.category));
}
