import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOrderList } from "@/lib/analytics/read-order-list";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { fixtureTimeZone, seedAnalyticsFixture, type AnalyticsFixture } from "./analytics-fixture";

const march = { from: "2026-03-01", to: "2026-03-20" };

describe.each(testDatabaseKinds())("the orders behind the figures on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: AnalyticsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedAnalyticsFixture(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("lists the range's orders newest first, with the dashboard's totals and customers followed through merges", async () => {
    const { rows, totals } = await readOrderList(database.db, { range: march, timeZone: fixtureTimeZone, channels: null, sku: null, limit: 50, offset: 0 });
    const { o1, o2, o3, o4, o6, o7, o9 } = fixture.orderIds;
    expect(rows.map((row) => row.orderId)).toEqual([o4, o3, o6, o2, o1, o9, o7]);
    expect(totals).toEqual({ orders: 7, grossCents: 26_220, refundedCents: 2070, netCents: 24_150, unitsSold: 15, unitsReturned: 1, netUnits: 14 });
    const [first] = rows;
    expect(first).toMatchObject({ channelKey: "stripe", status: "pending", customerId: fixture.customerIds.ann, customerName: "Ann Archer", unitsSold: 2, totalCents: 3000 });
    expect(rows.find((row) => row.orderId === o1)).toMatchObject({ unitsSold: 5, unitsReturned: 1, totalCents: 6420, refundedCents: 1070 });
  });

  it("pages, and filters by channel and SKU (counting only that SKU's units)", async () => {
    const page = await readOrderList(database.db, { range: march, timeZone: fixtureTimeZone, channels: null, sku: null, limit: 2, offset: 2 });
    expect(page.rows.map((row) => row.orderId)).toEqual([fixture.orderIds.o6, fixture.orderIds.o2]);
    expect(page.totals.orders).toBe(7);
    const mugs = await readOrderList(database.db, { range: march, timeZone: fixtureTimeZone, channels: null, sku: "MUG-1", limit: 50, offset: 0 });
    expect(mugs.rows.map((row) => [row.orderId, row.unitsSold, row.unitsReturned])).toEqual([
      [fixture.orderIds.o2, 1, 0],
      [fixture.orderIds.o1, 3, 1],
      [fixture.orderIds.o7, 2, 0],
    ]);
    expect(mugs.totals).toMatchObject({ orders: 3, grossCents: 9420, netUnits: 5 });
    const northMugs = await readOrderList(database.db, { range: march, timeZone: fixtureTimeZone, channels: [`shopify-${fixture.storeIds.north}`], sku: "MUG-1", limit: 50, offset: 0 });
    expect(northMugs.totals).toMatchObject({ orders: 1, grossCents: 1000, refundedCents: 1000, netCents: 0, netUnits: 1 });
    const none = await readOrderList(database.db, { range: march, timeZone: fixtureTimeZone, channels: null, sku: "NO-SUCH", limit: 50, offset: 0 });
    expect(none).toEqual({ rows: [], totals: { orders: 0, grossCents: 0, refundedCents: 0, netCents: 0, unitsSold: 0, unitsReturned: 0, netUnits: 0 } });
  });
});
