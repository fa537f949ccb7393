import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadReorderList } from "@/lib/analytics/load-reorder-list";
import { loadSlowMovers } from "@/lib/analytics/load-slow-movers";
import { readLastSoldAt } from "@/lib/analytics/read-last-sold-at";
import { readStockPositions } from "@/lib/analytics/read-stock-positions";
import { readStockSettings } from "@/lib/analytics/read-stock-settings";
import { readStockVsSales } from "@/lib/analytics/read-stock-vs-sales";
import { summariseByCategory } from "@/lib/analytics/summarise-by-category";
import { settings } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { fixtureNow, fixtureTimeZone, seedAnalyticsFixture } from "./analytics-fixture";

const march = { from: "2026-03-01", to: "2026-03-20" };

describe.each(testDatabaseKinds())("stock, slow movers and the reorder list on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedAnalyticsFixture(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("sets each SKU's on-hand and pending against its net units sold in the range, and sums them per category", async () => {
    const rows = await readStockVsSales(database.db, { range: march, timeZone: fixtureTimeZone, channels: null });
    expect(rows.map((row) => [row.sku, row.category, row.onHand, row.pending, row.unitsSold])).toEqual([
      ["BEAN-1", "Coffee", 9, 2, 8],
      ["GONE-1", "Coffee", 0, 0, 0],
      ["VASE-1", "Gifts", 100, 0, 1],
      ["MUG-1", "Mugs", 2, 0, 5],
      ["SLOW-1", "Mugs", 12, 0, 0],
    ]);
    expect(summariseByCategory(rows)).toEqual([
      { category: "Coffee", skus: 2, onHand: 9, pending: 2, unitsSold: 8 },
      { category: "Mugs", skus: 2, onHand: 14, pending: 0, unitsSold: 5 },
      { category: "Gifts", skus: 1, onHand: 100, pending: 0, unitsSold: 1 },
    ]);
    const inStore = await readStockVsSales(database.db, { range: march, timeZone: fixtureTimeZone, channels: ["in_store"] });
    expect(inStore.map((row) => [row.sku, row.unitsSold])).toEqual([
      ["BEAN-1", 2],
      ["GONE-1", 0],
      ["VASE-1", 1],
      ["MUG-1", 4],
      ["SLOW-1", 0],
    ]);
  });

  it("reads units out over the window up to now, across every channel, and when SKUs last sold", async () => {
    const positions = await readStockPositions(database.db, { now: fixtureNow, windowDays: 30 });
    expect(positions.map((row) => [row.sku, row.onHand, row.pending, row.unitsOut])).toEqual([
      ["BEAN-1", 9, 2, 9],
      ["GONE-1", 0, 0, 0],
      ["MUG-1", 2, 0, 5],
      ["SLOW-1", 12, 0, 0],
      ["VASE-1", 100, 0, 1],
    ]);
    const idOf = (sku: string): number => positions.find((row) => row.sku === sku)?.itemId ?? -1;
    const lastSold = await readLastSoldAt(database.db, { itemIds: ["BEAN-1", "GONE-1", "MUG-1", "SLOW-1"].map(idOf), now: fixtureNow });
    expect([...lastSold.entries()].map(([itemId, at]) => [positions.find((row) => row.itemId === itemId)?.sku, at.toISOString()]).sort()).toEqual([
      ["BEAN-1", "2026-03-20T14:00:00.000Z"],
      ["MUG-1", "2026-03-15T03:30:00.000Z"],
      ["SLOW-1", "2026-02-01T12:00:00.000Z"],
    ]);
    expect((await readLastSoldAt(database.db, { itemIds: [idOf("BEAN-1")], now: new Date("2026-03-20T13:00:00Z") })).get(idOf("BEAN-1"))?.toISOString()).toBe("2026-03-20T03:59:00.000Z");
    expect(await readLastSoldAt(database.db, { itemIds: [], now: fixtureNow })).toEqual(new Map());
  });

  it("reads the default lead time and safety-stock days from settings", async () => {
    expect(await readStockSettings(database.db)).toEqual({ defaultLeadTimeDays: 14, safetyStockDays: 7 });
  });

  it("computes velocity × (lead time + safety days), rounded up, and flags items at or below it", async () => {
    const { lines } = await loadReorderList(database.db, { now: fixtureNow, windowDays: 30 });
    expect(lines.map((line) => [line.sku, line.unitsOut, line.leadTimeDays, line.leadTimeSource, line.reorderPoint, line.available, line.flagged, line.shortBy, line.lightspeedReorderPoint, line.lightspeedFlagged])).toEqual([
      // 5 units in 30 days × (10 + 7) = 2.83 → 3; available 2.
      ["MUG-1", 5, 10, "item", 3, 2, true, 1, 5, true],
      // 9 units × (14 + 7) / 30 = 6.3 → 7; available 9 − 2 pending = 7: at the point.
      ["BEAN-1", 9, 14, "default", 7, 7, true, 0, null, null],
      ["GONE-1", 0, 14, "default", 0, 0, false, 0, 3, true],
      ["VASE-1", 1, 30, "item", 2, 100, false, 0, null, null],
      ["SLOW-1", 0, 14, "default", 0, 12, false, 0, 1, false],
    ]);
    const beans = lines.find((line) => line.sku === "BEAN-1");
    expect(beans?.dailyVelocity).toBeCloseTo(0.3, 10);
    expect(beans?.leadTimeDemand).toBeCloseTo(4.2, 10);
    expect(beans?.safetyStock).toBeCloseTo(2.1, 10);
    expect(beans?.daysOfCover).toBeCloseTo((7 * 30) / 9, 10);
  });

  it("uses a shorter window's velocity", async () => {
    const { lines } = await loadReorderList(database.db, { now: fixtureNow, windowDays: 14 });
    expect(lines.filter((line) => line.flagged).map((line) => [line.sku, line.unitsOut, line.reorderPoint, line.shortBy])).toEqual([
      // Since 6 March 16:00Z: o1, o2, o3, o4. Beans 2 + 4 + 2 = 8 × 21 / 14 = 12, available 7.
      ["BEAN-1", 8, 12, 5],
      // Mugs 3 − 1 returned + 1 = 3 × 17 / 14 = 3.64 → 4, available 2.
      ["MUG-1", 3, 4, 2],
    ]);
  });

  it("falls back to the default settings and follows changed ones", async () => {
    await database.db.update(settings).set({ value: "a lot" });
    expect(await readStockSettings(database.db)).toEqual({ defaultLeadTimeDays: 14, safetyStockDays: 7 });
    await database.db.delete(settings);
    await database.db.insert(settings).values([
      { key: "default_lead_time_days", value: 30 },
      { key: "safety_stock_days", value: 0 },
    ]);
    const { lines } = await loadReorderList(database.db, { now: fixtureNow, windowDays: 30 });
    expect(lines.find((line) => line.sku === "BEAN-1")?.reorderPoint).toBe(9);
    expect(lines.find((line) => line.sku === "MUG-1")?.reorderPoint).toBe(2);
  });

  it("finds stock with no sale, or more than 180 days of cover, most money tied up first", async () => {
    const positions = await readStockPositions(database.db, { now: fixtureNow, windowDays: 30 });
    const slowMovers = await loadSlowMovers(database.db, { positions, windowDays: 30, now: fixtureNow });
    expect(slowMovers.map((line) => [line.sku, line.available, line.unitsOut, line.daysOfCover, line.stockValueCents, line.lastSoldAt?.toISOString()])).toEqual([
      ["VASE-1", 100, 1, 3000, 100_000, "2026-03-05T15:00:00.000Z"],
      ["SLOW-1", 12, 0, null, 24_000, "2026-02-01T12:00:00.000Z"],
    ]);
  });
});
