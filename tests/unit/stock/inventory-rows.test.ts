import { describe, expect, it } from "vitest";
import { pickInventoryPage, toInventoryRow } from "@/lib/stock/queries/inventory-rows";
import type { ItemStockFigures, StoreFigures } from "@/lib/stock/queries/load-stock-figures";

const at = new Date("2026-11-22T12:00:00Z");

function store(overrides: Partial<StoreFigures> & { storeId: number }): StoreFigures {
  return { lightspeedShopId: 1, listed: true, safetyBuffer: 0, bufferIsOverride: false, available: null, availableObservedAt: null, ...overrides };
}

function item(overrides: Partial<ItemStockFigures> & { sku: string }): ItemStockFigures {
  return {
    itemId: 1,
    name: "Mug",
    variantName: null,
    reorderPoint: null,
    lightspeed: [{ lightspeedShopId: 1, onHand: 10, sourceTimestamp: at, observedAt: at, pendingUnits: 0 }],
    stores: [],
    openMappingProblems: 0,
    ...overrides,
  };
}

describe("toInventoryRow", () => {
  it("computes each store's sellable from its Lightspeed shop, pending units and buffer, and flags drift", () => {
    const row = toInventoryRow(
      item({
        sku: "MUG-1",
        lightspeed: [
          { lightspeedShopId: 1, onHand: 10, sourceTimestamp: at, observedAt: at, pendingUnits: 3 },
          { lightspeedShopId: 2, onHand: 4, sourceTimestamp: at, observedAt: at, pendingUnits: 0 },
        ],
        stores: [
          store({ storeId: 1, safetyBuffer: 2, available: 5 }),
          store({ storeId: 2, safetyBuffer: 0, available: 7 }),
          store({ storeId: 3, lightspeedShopId: 2, safetyBuffer: 1, available: 3 }),
        ],
      }),
    );
    expect(row.stores.map((figures) => [figures.expected, figures.available, figures.drifting])).toEqual([
      [5, 5, false],
      [7, 7, false],
      [3, 3, false],
    ]);
    expect(row.drifting).toBe(false);
    const drifting = toInventoryRow(item({ sku: "MUG-2", stores: [store({ storeId: 1, safetyBuffer: 2, available: 9 })] }));
    expect(drifting.stores[0]?.expected).toBe(8);
    expect(drifting.drifting).toBe(true);
  });

  it("has no expected figure, and so no drift, where the store does not list the SKU or on-hand was never read", () => {
    const unlisted = toInventoryRow(item({ sku: "A", stores: [store({ storeId: 1, listed: false, available: 4 })] }));
    expect(unlisted.stores[0]?.expected).toBeNull();
    expect(unlisted.drifting).toBe(false);
    const unread = toInventoryRow(
      item({ sku: "B", lightspeed: [{ lightspeedShopId: 1, onHand: null, sourceTimestamp: null, observedAt: null, pendingUnits: 0 }], stores: [store({ storeId: 1, available: 4 })] }),
    );
    expect(unread.stores[0]?.expected).toBeNull();
    expect(unread.drifting).toBe(false);
    expect(unread.lowStock).toBe(false);
  });

  it("is low on stock at or below the reorder point once pending units are taken off, or at zero without one", () => {
    const figures = (onHand: number, pendingUnits: number, reorderPoint: number | null) =>
      toInventoryRow(item({ sku: "C", reorderPoint, lightspeed: [{ lightspeedShopId: 1, onHand, sourceTimestamp: at, observedAt: at, pendingUnits }] })).lowStock;
    expect(figures(6, 1, 5)).toBe(true);
    expect(figures(7, 1, 5)).toBe(false);
    expect(figures(1, 0, null)).toBe(false);
    expect(figures(1, 1, null)).toBe(true);
  });

  it("flags open mapping problems", () => {
    expect(toInventoryRow(item({ sku: "D", openMappingProblems: 2 })).mappingProblem).toBe(true);
    expect(toInventoryRow(item({ sku: "E" })).mappingProblem).toBe(false);
  });
});

describe("pickInventoryPage", () => {
  const rows = Array.from({ length: 7 }, (_, index) =>
    toInventoryRow(item({ sku: `SKU-${index}`, itemId: index + 1, stores: [store({ storeId: 1, available: index % 2 === 0 ? 10 : 9 })] })),
  );

  it("filters, counts per filter and pages", () => {
    const page = pickInventoryPage(rows, { filter: "drifting", page: 1 }, 2);
    expect(page.counts).toEqual({ all: 7, drifting: 3, unmapped: 0, low: 0 });
    expect(page.total).toBe(3);
    expect(page.pageCount).toBe(2);
    expect(page.rows.map((row) => row.sku)).toEqual(["SKU-1", "SKU-3"]);
  });

  it("clamps the page to the ones that exist", () => {
    expect(pickInventoryPage(rows, { filter: "all", page: 99 }, 3)).toMatchObject({ page: 3, pageCount: 3 });
    expect(pickInventoryPage([], { filter: "low", page: 5 }, 3)).toMatchObject({ page: 1, pageCount: 1, rows: [] });
  });
});
