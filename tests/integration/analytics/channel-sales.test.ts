import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSalesChannels } from "@/lib/analytics/list-sales-channels";
import { readChannelSales } from "@/lib/analytics/read-channel-sales";
import { listBuckets } from "@/lib/analytics/sales-buckets";
import { summariseChannelSales } from "@/lib/analytics/summarise-channel-sales";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { fixtureTimeZone, seedAnalyticsFixture, type AnalyticsFixture } from "./analytics-fixture";

const march = { from: "2026-03-01", to: "2026-03-20" };

describe.each(testDatabaseKinds())("channel sales on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: AnalyticsFixture;
  let north: string;
  let south: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedAnalyticsFixture(database.db);
    north = `shopify-${fixture.storeIds.north}`;
    south = `shopify-${fixture.storeIds.south}`;
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("lists the till, each Shopify store by name, then Stripe", async () => {
    const channels = await listSalesChannels(database.db);
    expect(channels.map((channel) => [channel.key, channel.label])).toEqual([
      ["in_store", "In store"],
      [north, "North Store"],
      [south, "South Store"],
      ["stripe", "Stripe"],
    ]);
  });

  it("totals each channel over the shop's days, refunds netted and returns to stock taken off units", async () => {
    const rows = await readChannelSales(database.db, { range: march, timeZone: fixtureTimeZone, unit: "day", channels: null });
    const summary = summariseChannelSales(rows, listBuckets(march, "day"), ["in_store", north, south, "stripe"]);
    expect(summary.byChannel).toEqual([
      { channelKey: "in_store", orders: 3, grossCents: 11_420, refundedCents: 1070, netCents: 10_350, unitsSold: 8, unitsReturned: 1, netUnits: 7 },
      { channelKey: north, orders: 1, grossCents: 1000, refundedCents: 1000, netCents: 0, unitsSold: 1, unitsReturned: 0, netUnits: 1 },
      { channelKey: south, orders: 1, grossCents: 6000, refundedCents: 0, netCents: 6000, unitsSold: 4, unitsReturned: 0, netUnits: 4 },
      { channelKey: "stripe", orders: 2, grossCents: 7800, refundedCents: 0, netCents: 7800, unitsSold: 2, unitsReturned: 0, netUnits: 2 },
    ]);
    expect(summary.total).toEqual({ orders: 7, grossCents: 26_220, refundedCents: 2070, netCents: 24_150, unitsSold: 15, unitsReturned: 1, netUnits: 14 });
  });

  it("puts each order in the shop's day, not UTC's", async () => {
    const rows = await readChannelSales(database.db, { range: march, timeZone: fixtureTimeZone, unit: "day", channels: null });
    expect(rows.map((row) => [row.bucket, row.channelKey, row.grossCents])).toEqual([
      ["2026-03-01", "in_store", 2000],
      ["2026-03-05", "in_store", 3000],
      ["2026-03-10", "in_store", 6420],
      ["2026-03-14", north, 1000],
      ["2026-03-18", "stripe", 4800],
      ["2026-03-19", south, 6000],
      ["2026-03-20", "stripe", 3000],
    ]);
    const summary = summariseChannelSales(rows, listBuckets(march, "day"), ["in_store", north, south, "stripe"]);
    expect(summary.series).toHaveLength(20);
    expect(summary.series[0]?.byChannel.in_store).toEqual({ netCents: 2000, netUnits: 2 });
    expect(summary.series[9]?.byChannel.in_store).toEqual({ netCents: 5350, netUnits: 4 });
    expect(summary.series[13]?.byChannel[north]).toEqual({ netCents: 0, netUnits: 1 });
    expect(summary.series[1]?.byChannel.stripe).toEqual({ netCents: 0, netUnits: 0 });
  });

  it("starts and ends the range at the shop's midnights", async () => {
    const lastOfFebruary = await readChannelSales(database.db, { range: { from: "2026-02-28", to: "2026-02-28" }, timeZone: fixtureTimeZone, unit: "day", channels: null });
    expect(lastOfFebruary).toEqual([{ bucket: "2026-02-28", channelKey: "in_store", orders: 1, grossCents: 1500, refundedCents: 0, unitsSold: 1, unitsReturned: 0 }]);
    const nineteenth = await readChannelSales(database.db, { range: { from: "2026-03-19", to: "2026-03-19" }, timeZone: fixtureTimeZone, unit: "day", channels: null });
    expect(nineteenth.map((row) => row.channelKey)).toEqual([south]);
  });

  it("keeps only the chosen channels", async () => {
    const rows = await readChannelSales(database.db, { range: march, timeZone: fixtureTimeZone, unit: "day", channels: [south, "stripe"] });
    const summary = summariseChannelSales(rows, listBuckets(march, "day"), [south, "stripe"]);
    expect(summary.total).toEqual({ orders: 3, grossCents: 13_800, refundedCents: 0, netCents: 13_800, unitsSold: 6, unitsReturned: 0, netUnits: 6 });
    const inStore = await readChannelSales(database.db, { range: march, timeZone: fixtureTimeZone, unit: "day", channels: ["in_store"] });
    expect(new Set(inStore.map((row) => row.channelKey))).toEqual(new Set(["in_store"]));
    expect(await readChannelSales(database.db, { range: march, timeZone: fixtureTimeZone, unit: "day", channels: [] })).toEqual([]);
  });

  it("groups by the week starting Monday and by month", async () => {
    const weeks = await readChannelSales(database.db, { range: { from: "2026-02-01", to: "2026-03-20" }, timeZone: fixtureTimeZone, unit: "week", channels: ["in_store"] });
    expect(weeks.map((row) => [row.bucket, row.orders, row.grossCents])).toEqual([
      ["2026-01-26", 1, 4000],
      ["2026-02-23", 2, 3500],
      ["2026-03-02", 1, 3000],
      ["2026-03-09", 1, 6420],
    ]);
    const months = await readChannelSales(database.db, { range: { from: "2026-02-01", to: "2026-03-20" }, timeZone: fixtureTimeZone, unit: "month", channels: null });
    const summary = summariseChannelSales(months, listBuckets({ from: "2026-02-01", to: "2026-03-20" }, "month"), ["in_store", north, south, "stripe"]);
    expect(summary.series.map((point) => [point.key, point.from, point.to, point.byChannel.in_store?.netCents])).toEqual([
      ["2026-02-01", "2026-02-01", "2026-02-28", 5500],
      ["2026-03-01", "2026-03-01", "2026-03-20", 10_350],
    ]);
  });
});
