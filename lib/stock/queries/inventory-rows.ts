import { computeSellable } from "@/lib/stock/compute-sellable";
import type { InventoryFilter } from "./inventory-search";
import type { ItemStockFigures, LightspeedFigures, StoreFigures } from "./load-stock-figures";

/** One store's figures for a SKU: what it should show (the truth model) against what it last showed. */
export type StoreSellable = StoreFigures & {
  onHand: number | null;
  pendingUnits: number;
  /** The sellable figure; null when the store does not list the SKU or the on-hand was never read. */
  expected: number | null;
  /** Expected and last known `available` differ. */
  drifting: boolean;
};

export type InventoryRow = Omit<ItemStockFigures, "stores"> & {
  stores: StoreSellable[];
  drifting: boolean;
  /** On-hand less pending is at or below Lightspeed's reorder point (or at or below zero without one). */
  lowStock: boolean;
  /** Some Shopify listing with this SKU is unmapped, duplicated or ambiguous. */
  mappingProblem: boolean;
};

function storeSellable(store: StoreFigures, shop: LightspeedFigures | undefined): StoreSellable {
  const onHand = shop?.onHand ?? null;
  const pendingUnits = shop?.pendingUnits ?? 0;
  const expected =
    store.listed && onHand !== null ? computeSellable({ onHand, pendingUnits, safetyBuffer: store.safetyBuffer }) : null;
  const drifting = expected !== null && store.available !== null && expected !== store.available;
  return { ...store, onHand, pendingUnits, expected, drifting };
}

/** Applies the truth model to one SKU's figures. */
export function toInventoryRow(item: ItemStockFigures): InventoryRow {
  const stores = item.stores.map((store) =>
    storeSellable(store, item.lightspeed.find((shop) => shop.lightspeedShopId === store.lightspeedShopId)),
  );
  const threshold = item.reorderPoint ?? 0;
  const lowStock = item.lightspeed.some((shop) => shop.onHand !== null && shop.onHand - shop.pendingUnits <= threshold);
  return {
    ...item,
    stores,
    drifting: stores.some((store) => store.drifting),
    lowStock,
    mappingProblem: item.openMappingProblems > 0,
  };
}

const matches: Record<InventoryFilter, (row: InventoryRow) => boolean> = {
  all: () => true,
  drifting: (row) => row.drifting,
  unmapped: (row) => row.mappingProblem,
  low: (row) => row.lowStock,
};

export type InventoryPage = {
  rows: InventoryRow[];
  /** Rows matching the filter. */
  total: number;
  page: number;
  pageCount: number;
  /** Rows per filter, within the search. */
  counts: Record<InventoryFilter, number>;
};

/** The rows matching `filter`, one page of them (the page is clamped to the last one), with counts per filter. */
export function pickInventoryPage(rows: readonly InventoryRow[], { filter, page }: { filter: InventoryFilter; page: number }, pageSize: number): InventoryPage {
  const matching = rows.filter(matches[filter]);
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  return {
    rows: matching.slice((current - 1) * pageSize, current * pageSize),
    total: matching.length,
    page: current,
    pageCount,
    counts: {
      all: rows.length,
      drifting: rows.filter(matches.drifting).length,
      unmapped: rows.filter(matches.unmapped).length,
      low: rows.filter(matches.low).length,
    },
  };
}
