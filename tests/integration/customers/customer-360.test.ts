import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { explainMerge } from "@/lib/customers/explain-merge";
import { loadCustomer360 } from "@/lib/customers/load-customer-360";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedCustomerFixtures, type CustomerFixtures } from "./customer-fixtures";

describe.each(testDatabaseKinds())("loadCustomer360 on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixtures: CustomerFixtures;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixtures = await seedCustomerFixtures(database.db);
  });
  afterAll(() => database.dispose());

  async function annView() {
    const result = await loadCustomer360(database.db, fixtures.customers.ann.id);
    if (result.kind !== "found") throw new Error(`Ann not found: ${result.kind}`);
    return result;
  }

  it("puts every order and refund of every channel on one timeline, newest first", async () => {
    const { timeline } = await annView();
    expect(timeline.map((entry) => [entry.kind, entry.channel.channel, entry.at.toISOString()])).toEqual([
      ["order", "stripe", "2026-05-20T10:00:00.000Z"],
      ["refund", "shopify", "2026-04-15T09:00:00.000Z"],
      ["order", "shopify", "2026-04-10T18:30:00.000Z"],
      ["order", "in_store", "2026-03-01T15:00:00.000Z"],
    ]);
    const [stripe, refund, web, till] = timeline;
    expect(till).toMatchObject({ kind: "order", reference: "Sale #501", totalCents: 4000 });
    expect(web).toMatchObject({ kind: "order", reference: "Shopify order 9001", status: "partially_refunded", channel: { storeName: "Main Store" } });
    expect(stripe).toMatchObject({ kind: "order", reference: "Stripe payment pi_ann1" });
    expect(till?.kind === "order" ? till.lines : []).toEqual([
      { sku: "COF-1", name: "House Blend 12oz", quantity: 2, unitPriceCents: 1500, totalCents: 3000 },
      { sku: "MUG-1", name: "Glass Mug", quantity: 1, unitPriceCents: 1000, totalCents: 1000 },
    ]);
    expect(refund).toMatchObject({
      kind: "refund",
      amountCents: 3000,
      reason: "Arrived dented",
      orderReference: "Shopify order 9001",
      channel: { channel: "shopify", storeName: "Main Store" },
      lines: [{ sku: "KTL-1", name: "Gooseneck Kettle", quantity: 1, amountCents: 3000, restock: false }],
    });
  });

  it("sums lifetime value net of refunds, first and last visit, and what they buy most", async () => {
    const { summary } = await annView();
    expect(summary).toMatchObject({
      orderCount: 3,
      refundCount: 1,
      orderedCents: 11_000,
      refundedCents: 3000,
      lifetimeValueCents: 8000,
      firstVisitAt: new Date("2026-03-01T15:00:00Z"),
      lastVisitAt: new Date("2026-05-20T10:00:00Z"),
    });
    expect(summary.topItems.map((item) => [item.sku, item.quantity, item.orderCount])).toEqual([
      ["COF-1", 4, 3],
      ["FLT-1", 2, 1],
      ["MUG-1", 1, 1],
    ]);
  });

  it("lists the identities per system and store, with the merge that brought each", async () => {
    const { identities } = await annView();
    expect(identities.map((identity) => [identity.system, identity.storeName, identity.externalId, identity.mergeId])).toEqual([
      ["lightspeed", null, "1001", null],
      ["shopify", "Main Store", "7001", null],
      ["stripe", null, "cus_WORKANN", fixtures.merges.annMerge.id],
    ]);
  });

  it("explains why records were matched, including merges into merged records", async () => {
    const { merges } = await annView();
    expect(merges.map((merge) => [merge.id, merge.mergedName, explainMerge(merge)])).toEqual([
      [fixtures.merges.annMerge.id, "Ann Smith", ["merged by Olivia Owner"]],
      [fixtures.merges.annOldMerge.id, "A. Smith", ["same email asmith.old@example.com", "matched automatically"]],
    ]);
  });

  it("answers a merged-away id with its survivor, through chains, and unknown ids as missing", async () => {
    expect(await loadCustomer360(database.db, fixtures.customers.annWork.id)).toEqual({ kind: "merged", survivorId: fixtures.customers.ann.id });
    expect(await loadCustomer360(database.db, fixtures.customers.annOld.id)).toEqual({ kind: "merged", survivorId: fixtures.customers.ann.id });
    expect(await loadCustomer360(database.db, 999_999)).toEqual({ kind: "missing" });
  });

  it("shows a customer without orders plainly", async () => {
    const dan = await loadCustomer360(database.db, fixtures.customers.dan.id);
    if (dan.kind !== "found") throw new Error("Dan not found");
    expect(dan.timeline).toEqual([]);
    expect(dan.summary).toMatchObject({ orderCount: 0, lifetimeValueCents: 0, firstVisitAt: null, lastVisitAt: null, topItems: [] });
  });
});
