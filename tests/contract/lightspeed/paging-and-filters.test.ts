import { afterEach, describe, expect, it } from "vitest";
import type { LoggedRequest } from "@/sandbox/lightspeed";
import { all, items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const OLD = "2026-01-01T00:00:00+00:00";

function requestsTo(h: Harness, resource: string): LoggedRequest[] {
  return h.sandbox.state.requestLog.filter((entry) => entry.method === "GET" && entry.path.endsWith(`/${resource}`));
}

describe("Lightspeed paging", () => {
  it("walks every page through @attributes.next, 100 records at a time", async () => {
    harness = await startHarness({ seed: { items: items(250, 5) } });

    const listed = await all(harness.adapter.listItems());

    expect(listed).toHaveLength(250);
    expect(new Set(listed.map((item) => item.itemId)).size).toBe(250);
    expect(listed[0]?.sku).toBe("SKU-0001");
    const pages = requestsTo(harness, "Item.json");
    expect(pages).toHaveLength(3);
    expect(pages[0]?.query).toContain("limit=100");
    expect(pages[0]?.query).not.toContain("after=");
    expect(pages[1]?.query).toContain("after=");
    expect(pages[2]?.query).toContain("after=");
  });

  it("pages through a filtered, timeStamp-sorted list without repeating or losing rows", async () => {
    harness = await startHarness({
      seed: {
        items: [
          ...items(130, 3).map((item) => ({ ...item, timeStamp: "2026-03-01T00:00:00+00:00" })),
          ...items(20, 3).map((item) => ({ ...item, customSku: `${item.customSku}-old`, timeStamp: OLD })),
        ],
      },
    });

    const changed = await all(harness.adapter.listItems({ since: "2026-02-01T00:00:00Z" }));

    expect(changed).toHaveLength(130);
    expect(changed.every((item) => !item.sku.endsWith("-old"))).toBe(true);
    expect(requestsTo(harness, "Item.json")).toHaveLength(2);
  });
});

describe("Lightspeed ItemShop reads", () => {
  it("asks only for the real shops' rows: the shopID-0 summary rows would double the pages a full read costs", async () => {
    harness = await startHarness({ seed: { items: items(150, 4) } });

    const rows = await all(harness.adapter.listItemShops());

    expect(rows).toHaveLength(150);
    expect(rows.every((row) => row.shopId === "1")).toBe(true);
    const pages = requestsTo(harness, "ItemShop.json");
    expect(pages).toHaveLength(2);
    expect(pages[0]?.query).toContain("shopID=%3E%2C0");
  });
});

describe("Lightspeed timeStamp filters", () => {
  it("sends the operator inside the value, URL-encoded, and sorts by timeStamp", async () => {
    harness = await startHarness({
      seed: {
        items: [
          { description: "old", customSku: "A", timeStamp: OLD },
          { description: "newer", customSku: "C", timeStamp: "2026-03-02T00:00:00+00:00" },
          { description: "new", customSku: "B", timeStamp: "2026-03-01T00:00:00+00:00" },
          { description: "offset", customSku: "D", timeStamp: "2026-02-01T02:00:00-0400" },
        ],
      },
    });

    const changed = await all(harness.adapter.listItems({ since: new Date("2026-02-01T05:00:00Z") }));

    expect(changed.map((item) => item.sku)).toEqual(["D", "B", "C"]);
    const [request] = requestsTo(harness, "Item.json");
    expect(request?.query).toContain("sort=timeStamp");
    expect(request?.query).toContain("timeStamp=%3E%3D%2C2026-02-01T05%3A00%3A00%2B00%3A00");
  });

  it("discovers a sale rung up at the till by polling Sale and ItemShop since the last poll", async () => {
    harness = await startHarness({
      seed: { items: items(3, 10).map((item) => ({ ...item, timeStamp: OLD, stock: [{ shopID: 1, qoh: 10, timeStamp: OLD }] })) },
    });
    const since = new Date(Date.now() - 1_000);
    expect(await all(harness.adapter.listItemShops({ since }))).toEqual([]);
    expect(await all(harness.adapter.listSales({ since }))).toEqual([]);

    await harness.control.post("till-sale", { shopID: 1, lines: [{ itemID: 2, quantity: 3 }] });

    const stock = await all(harness.adapter.listItemShops({ since }));
    expect(stock).toHaveLength(1);
    expect(stock[0]).toMatchObject({ itemId: "2", shopId: "1", qoh: 7 });
    const sales = await all(harness.adapter.listSales({ since, withPayments: true }));
    expect(sales).toHaveLength(1);
    expect(sales[0]).toMatchObject({ completed: true, shopId: "1", total: 60 });
    expect(sales[0]?.lines).toEqual([expect.objectContaining({ itemId: "2", unitQuantity: 3, unitPrice: 20 })]);
    expect(sales[0]?.payments).toEqual([expect.objectContaining({ paymentTypeId: "1", amount: 60 })]);
    // Item.timeStamp ignores stock changes, as in R-Series.
    expect(await all(harness.adapter.listItems({ since }))).toEqual([]);
  });
});
