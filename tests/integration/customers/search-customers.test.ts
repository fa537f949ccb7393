import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCustomers } from "@/lib/customers/search-customers";
import { customers } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedCustomerFixtures, type CustomerFixtures } from "./customer-fixtures";

describe.each(testDatabaseKinds())("searchCustomers on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixtures: CustomerFixtures;
  const search = (query: string, limit?: number) => searchCustomers(database.db, { query, country: "US", ...(limit ? { limit } : {}) });
  const namesFor = async (query: string) => (await search(query)).map((hit) => hit.displayName);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixtures = await seedCustomerFixtures(database.db);
  });
  afterAll(() => database.dispose());

  it.each(["(212) 555-0143", "212.555.0143", "+1 212 555 0143", "212-555-0143", "2125550143", "+12125550143", "011 1 212 555 0143", " 1 (212) 555 0143 "])(
    "finds a phone typed as %j",
    async (typed) => {
      const hits = await search(typed);
      expect(hits[0]?.id).toBe(fixtures.customers.ann.id);
      expect(hits).toHaveLength(1);
    },
  );

  it("finds partial phones, exact number first", async () => {
    expect(await namesFor("555-01")).toEqual(expect.arrayContaining(["Ann Smith", "Bob Jones", "Dan Ortiz"]));
    expect(await namesFor("718 555")).toEqual(["Dan Ortiz"]);
    expect(await namesFor("12")).toEqual([]);
  });

  it("finds emails whole, partial and in capitals", async () => {
    expect((await search("ANN@EXAMPLE.COM"))[0]?.id).toBe(fixtures.customers.ann.id);
    expect(await namesFor("bob.jo")).toEqual(["Bob Jones"]);
    expect(await namesFor("@example.net")).toEqual(["Cara Lee"]);
  });

  it("finds partial names in any order and case", async () => {
    expect(await namesFor("ann")).toEqual(["Ann Smith"]);
    expect(await namesFor("SMI")).toEqual(["Ann Smith"]);
    expect(await namesFor("smith ann")).toEqual(["Ann Smith"]);
    expect(await namesFor("  cara   lee ")).toEqual(["Cara Lee"]);
    expect(await namesFor("zzz")).toEqual([]);
  });

  it("ranks an exact name above one that only contains the query", async () => {
    await database.db.insert(customers).values([{ displayName: "Leonora Leeds" }, { displayName: "Lee" }]);
    const names = await namesFor("lee");
    expect(names[0]).toBe("Lee");
    expect(names).toEqual(expect.arrayContaining(["Cara Lee", "Leonora Leeds"]));
  });

  it("reads LIKE wildcards literally", async () => {
    expect(await namesFor("%")).toEqual([]);
    expect(await namesFor("_")).toEqual([]);
    expect(await namesFor("\\")).toEqual([]);
    expect(await namesFor("a%n")).toEqual([]);
  });

  it("answers a merged-away record as its survivor, once, through chains", async () => {
    const viaWork = await search("work.example");
    expect(viaWork.map((hit) => hit.id)).toEqual([fixtures.customers.ann.id]);
    expect(viaWork[0]?.matchedViaMerged).toBe(true);
    expect((await search("asmith.old"))[0]?.id).toBe(fixtures.customers.ann.id);
    // "Ann Smith" matches the survivor and the merged work record: one hit, found directly.
    const byName = await search("ann smith");
    expect(byName.map((hit) => hit.id)).toEqual([fixtures.customers.ann.id]);
    expect(byName[0]?.matchedViaMerged).toBe(false);
  });

  it("answers channels, lifetime value net of refunds, order count and last visit", async () => {
    const [ann] = await search("ann@example.com");
    expect(ann).toMatchObject({
      displayName: "Ann Smith",
      email: "ann@example.com",
      phone: "+12125550143",
      orderCount: 3,
      lifetimeValueCents: 4000 + 4500 + 2500 - 3000,
      lastVisitAt: new Date("2026-05-20T10:00:00Z"),
    });
    expect(ann?.channels).toEqual([
      { channel: "in_store", storeName: null },
      { channel: "shopify", storeName: "Main Store" },
      { channel: "stripe", storeName: null },
    ]);
    const [dan] = await search("dan ortiz");
    expect(dan).toMatchObject({ orderCount: 0, lifetimeValueCents: 0, channels: [], lastVisitAt: new Date("2026-01-01T12:00:00Z") });
  });

  it("answers at most `limit` people and nothing for an empty query", async () => {
    expect(await search("e", 2)).toHaveLength(2);
    expect(await search("   ")).toEqual([]);
  });
});
