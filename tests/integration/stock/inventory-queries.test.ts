import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSkuDetail } from "@/lib/stock/queries/get-sku-detail";
import { listInventory } from "@/lib/stock/queries/list-inventory";
import { listSkuLedger } from "@/lib/stock/queries/list-sku-ledger";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedStockFixture, type StockFixture } from "./stock-fixture";

describe.each(testDatabaseKinds())("inventory queries on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: StockFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedStockFixture(database.db);
  });
  afterAll(() => database.dispose());

  it("shows on-hand, open pending units and each store's sellable against what it shows", async () => {
    const listing = await listInventory(database.db, { filter: "all", q: "", page: 1 });
    expect(listing.rows.map((row) => row.sku)).toEqual(["HNY-JAR", "KTL-STL", "MUG-BLU", "TWL-100%"]);
    expect(listing.stores.map((store) => store.name)).toEqual(["Main store", "Outlet"]);
    const mug = listing.rows.find((row) => row.sku === "MUG-BLU");
    expect(mug?.lightspeed[0]).toMatchObject({ onHand: 10, pendingUnits: 3 });
    expect(mug?.stores.map((store) => ({ expected: store.expected, available: store.available, buffer: store.safetyBuffer, drifting: store.drifting }))).toEqual([
      { expected: 7, available: 7, buffer: 0, drifting: false },
      { expected: 5, available: 6, buffer: 2, drifting: true },
    ]);
    const kettle = listing.rows.find((row) => row.sku === "KTL-STL");
    expect(kettle?.stores[0]).toMatchObject({ expected: 2, safetyBuffer: 1, bufferIsOverride: true, drifting: false });
    expect(kettle?.stores[1]).toMatchObject({ listed: false, expected: null, drifting: false });
    const honey = listing.rows.find((row) => row.sku === "HNY-JAR");
    expect(honey?.stores.every((store) => !store.listed)).toBe(true);
    expect(listing.counts).toEqual({ all: 4, drifting: 1, unmapped: 1, low: 2 });
  });

  it("filters drifting, mapping problems and low stock, and searches SKU and name with wildcards taken literally", async () => {
    const sku = async (search: Parameters<typeof listInventory>[1]) => (await listInventory(database.db, search)).rows.map((row) => row.sku);
    expect(await sku({ filter: "drifting", q: "", page: 1 })).toEqual(["MUG-BLU"]);
    expect(await sku({ filter: "unmapped", q: "", page: 1 })).toEqual(["TWL-100%"]);
    expect(await sku({ filter: "low", q: "", page: 1 })).toEqual(["HNY-JAR", "KTL-STL"]);
    expect(await sku({ filter: "all", q: "kettle", page: 1 })).toEqual(["KTL-STL"]);
    expect(await sku({ filter: "all", q: "mug-b", page: 1 })).toEqual(["MUG-BLU"]);
    expect(await sku({ filter: "all", q: "100%", page: 1 })).toEqual(["TWL-100%"]);
    expect(await sku({ filter: "all", q: "%", page: 1 })).toEqual(["TWL-100%"]);
    expect(await sku({ filter: "all", q: "_", page: 1 })).toEqual([]);
    expect(await sku({ filter: "all", q: "'; drop table items; --", page: 1 })).toEqual([]);
  });

  it("gives one SKU's figures with freshness, pending orders, listings and mapping problems; null when unknown", async () => {
    expect(await getSkuDetail(database.db, "NOPE")).toBeNull();
    expect(await getSkuDetail(database.db, "mug-blu")).toBeNull();
    const detail = await getSkuDetail(database.db, "MUG-BLU");
    expect(detail?.row.lightspeed[0]?.sourceTimestamp).toBeInstanceOf(Date);
    expect(detail?.row.stores[1]?.availableObservedAt).toBeInstanceOf(Date);
    expect(detail?.openPending).toEqual([expect.objectContaining({ sourceKey: "stripe:pi_fixture1", quantity: 3, channel: "stripe", customerId: null })]);
    expect(detail?.listings.map((listing) => listing.title)).toEqual(["Blue", "Blue (seconds)"]);
    const towel = await getSkuDetail(database.db, "TWL-100%");
    expect(towel?.mappingProblems.map((problem) => problem.kind)).toEqual(["ambiguous"]);
  });

  it("lists the ledger newest first, pending rows without a level, with links to the customer and the webhook", async () => {
    const ledger = await listSkuLedger(database.db, { itemId: fixture.itemIds.mug, page: 1 });
    expect(ledger.total).toBe(4);
    expect(ledger.rows.map((row) => [row.kind, row.delta, row.resultingLevel, row.postedToLightspeed])).toEqual([
      ["online_order", -3, null, false],
      ["online_order", -2, 10, true],
      ["store_sale", -1, 12, true],
      ["count", 0, 13, true],
    ]);
    const [stripe, shopify, store] = ledger.rows;
    expect(stripe?.inboxEntries.map((entry) => entry.id)).toEqual([fixture.inboxIds.processed]);
    expect(stripe?.source).toBe("Stripe payment pi_fixture1");
    // The order's customer was merged: the link goes to the surviving customer.
    expect(shopify?.customerId).toBe(fixture.survivorId);
    expect(shopify?.inboxEntries.map((entry) => entry.id)).toEqual([fixture.inboxIds.order]);
    expect(store?.customerId).toBeNull();
    expect(store?.inboxEntries).toEqual([]);
    expect((await listSkuLedger(database.db, { itemId: fixture.itemIds.honey, page: 3 })).rows).toEqual([]);
  });
});
