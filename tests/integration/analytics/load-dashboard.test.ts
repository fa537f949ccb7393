import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDashboard } from "@/lib/analytics/load-dashboard";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { fixtureNow, fixtureTimeZone, seedAnalyticsFixture, type AnalyticsFixture } from "./analytics-fixture";

describe.each(testDatabaseKinds())("loadDashboard on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: AnalyticsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedAnalyticsFixture(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  const load = (searchParams: unknown) => loadDashboard(database.db, { searchParams, now: fixtureNow, timeZone: fixtureTimeZone });

  it("loads every figure for the filters in the URL", async () => {
    const south = `shopify-${fixture.storeIds.south}`;
    const data = await load({ from: "2026-03-01", to: "2026-03-20", channel: [south, "stripe"], window: "14", category: "Coffee" });
    expect(data.today).toBe("2026-03-20");
    expect(data.filters).toEqual({ range: { from: "2026-03-01", to: "2026-03-20" }, channels: [south, "stripe"], windowDays: 14, category: "Coffee" });
    expect(data.unit).toBe("day");
    expect(data.sales.byChannel.map((channel) => [channel.channelKey, channel.netCents])).toEqual([
      [south, 6000],
      ["stripe", 7800],
    ]);
    expect(data.sales.total.netCents).toBe(13_800);
    expect(data.stockVsSales.categories.map((category) => [category.category, category.unitsSold])).toEqual([
      ["Coffee", 6],
      ["Gifts", 0],
      ["Mugs", 0],
    ]);
    expect(data.reorder.lines.filter((line) => line.flagged).map((line) => line.sku)).toEqual(["BEAN-1", "MUG-1"]);
    expect(data.slowMovers.map((line) => line.sku)).toEqual(["VASE-1", "SLOW-1"]);
    expect(data.topCustomers.map((customer) => customer.customerId)).toEqual([fixture.customerIds.bob, fixture.customerIds.ann]);
    expect(data.variance.driftingSkus).toBe(2);
    expect(data.freshness).toHaveLength(4);
  });

  it("shows the defaults, never an error, for hostile search params", async () => {
    const data = await load({ from: "../../etc/passwd", to: ["x", "y"], channel: "1 OR 1=1", window: "1e9", category: "Nope" });
    expect(data.filters).toEqual({ range: { from: "2026-02-19", to: "2026-03-20" }, channels: null, windowDays: 30, category: null });
    expect(data.sales.total.orders).toBe(8);
    expect(data.sales.series).toHaveLength(30);
  });

  it("shows an empty range as zeros in every period", async () => {
    const data = await load({ from: "2025-01-01", to: "2025-01-07" });
    expect(data.sales.total.orders).toBe(0);
    expect(data.sales.series.map((point) => Object.values(point.byChannel).every((cell) => cell.netCents === 0))).toEqual(Array(7).fill(true));
  });
});

describe.each(testDatabaseKinds())("loadDashboard on an empty %s database", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("loads nothing, without failing, before any shop is connected", async () => {
    const data = await loadDashboard(database.db, { searchParams: {}, now: fixtureNow, timeZone: fixtureTimeZone });
    expect(data.channels.map((channel) => channel.key)).toEqual(["in_store", "stripe"]);
    expect(data.sales.total).toEqual({ orders: 0, grossCents: 0, refundedCents: 0, netCents: 0, unitsSold: 0, unitsReturned: 0, netUnits: 0 });
    expect(data.sales.series).toHaveLength(30);
    expect(data.stockVsSales.items).toEqual([]);
    expect(data.reorder.lines).toEqual([]);
    expect(data.reorder.settings).toEqual({ defaultLeadTimeDays: 14, safetyStockDays: 7 });
    expect(data.slowMovers).toEqual([]);
    expect(data.topCustomers).toEqual([]);
    expect(data.variance).toEqual({ driftingSkus: 0, driftUnits: 0, unitsOnHand: 0, share: 0, bySystem: [] });
    expect(data.freshness).toEqual([]);
  });
});
