import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readChannelFreshness } from "@/lib/analytics/read-channel-freshness";
import { readStockVariance } from "@/lib/analytics/read-stock-variance";
import { readTopCustomers } from "@/lib/analytics/read-top-customers";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { fixtureNow, seedAnalyticsFixture, type AnalyticsFixture } from "./analytics-fixture";

describe.each(testDatabaseKinds())("top customers, stock variance and freshness on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: AnalyticsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedAnalyticsFixture(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("ranks customers by lifetime value net of refunds, merged records rolled up into the survivor", async () => {
    const top = await readTopCustomers(database.db, { now: fixtureNow, limit: 10 });
    const { north, south } = fixture.storeIds;
    expect(top.map((customer) => ({ ...customer, channelKeys: [...customer.channelKeys].sort() }))).toEqual([
      {
        customerId: fixture.customerIds.bob,
        displayName: "Bob Baker",
        email: "bob@example.com",
        orders: 4,
        grossCents: 15_800,
        refundedCents: 0,
        lifetimeValueCents: 15_800,
        channelKeys: ["in_store", `shopify-${south}`, "stripe"].sort(),
        lastOrderAt: new Date("2026-03-20T03:59:00Z"),
        mergedRecords: 0,
      },
      {
        // o1 6420 − 1070, o2 (merged record) 1000 − 1000, o4 (merged into the merged record) 3000.
        customerId: fixture.customerIds.ann,
        displayName: "Ann Archer",
        email: "ann@example.com",
        orders: 3,
        grossCents: 10_420,
        refundedCents: 2070,
        lifetimeValueCents: 8350,
        channelKeys: ["in_store", `shopify-${north}`, "stripe"].sort(),
        lastOrderAt: new Date("2026-03-20T14:00:00Z"),
        mergedRecords: 2,
      },
    ]);
    expect((await readTopCustomers(database.db, { now: fixtureNow, limit: 1 })).map((customer) => customer.customerId)).toEqual([fixture.customerIds.bob]);
    const before = await readTopCustomers(database.db, { now: new Date("2026-03-12T00:00:00Z"), limit: 10 });
    // Before 12 March: Ann's o1 (its later refund netted) against Bob's o7 and o9.
    expect(before.map((customer) => [customer.displayName, customer.lifetimeValueCents])).toEqual([
      ["Ann Archer", 5350],
      ["Bob Baker", 5000],
    ]);
  });

  it("measures open drift (latest report per SKU and system) as a share of the units on hand", async () => {
    const variance = await readStockVariance(database.db);
    expect(variance).toEqual({
      driftingSkus: 2,
      driftUnits: 4,
      unitsOnHand: 123,
      share: 4 / 123,
      bySystem: [
        { system: "lightspeed", storeId: null, storeName: null, skus: 1, units: 2 },
        { system: "shopify", storeId: fixture.storeIds.north, storeName: "North Store", skus: 1, units: 1 },
        { system: "shopify", storeId: fixture.storeIds.south, storeName: "South Store", skus: 1, units: 1 },
      ],
    });
  });

  it("gives each connection's time since its last successful sync, and whether it is stale or failing", async () => {
    const freshness = await readChannelFreshness(database.db, { now: fixtureNow });
    expect(freshness.map((row) => [row.system, row.label, row.ageSeconds, row.status])).toEqual([
      ["lightspeed", "Lightspeed", 30, "fresh"],
      ["shopify", "North Store", 7200, "stale"],
      ["shopify", "South Store", 600, "failing"],
      ["stripe", "Stripe", 259_200, "fresh"],
    ]);
    expect(freshness[2]?.lastError).toBe("429 Too Many Requests");
  });
});
