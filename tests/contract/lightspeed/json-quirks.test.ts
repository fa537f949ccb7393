import { afterEach, describe, expect, it } from "vitest";
import { all, items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The raw JSON of an API GET, with an access token the adapter already obtained. */
async function rawGet(h: Harness, path: string): Promise<Record<string, unknown>> {
  const token = [...h.sandbox.state.accessTokens.values()].at(-1)?.token ?? "";
  const response = await fetch(`${h.sandbox.apiBaseUrl}/Account/${h.sandbox.accountId}/${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body: unknown = await response.json();
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new Error("not an object");
  return Object.fromEntries(Object.entries(body));
}

describe("Lightspeed JSON quirks", () => {
  it("reads a one-element list sent as a bare object, with numbers as strings", async () => {
    harness = await startHarness({ seed: { items: items(1, 4) } });
    const listed = await all(harness.adapter.listItems());

    const raw = await rawGet(harness, "Item.json");
    expect(Array.isArray(raw.Item)).toBe(false);
    expect(raw.Item).toMatchObject({ itemID: "1", archived: "false", Prices: { ItemPrice: expect.any(Array) } });
    const rawStock = await rawGet(harness, "ItemShop.json?shopID=1");
    expect(rawStock.ItemShop).toMatchObject({ qoh: "4", shopID: "1" });

    expect(listed).toEqual([expect.objectContaining({ itemId: "1", sku: "SKU-0001", defaultPrice: 10, archived: false })]);
    const stock = await all(harness.adapter.listItemShops());
    expect(stock).toEqual([expect.objectContaining({ qoh: 4, shopId: "1" })]);
  });

  it("reads an empty list as no key at all, and an empty nested list as an empty string", async () => {
    harness = await startHarness({
      seed: { customers: [{ firstName: "Ada", lastName: "Lovelace", emails: ["ada@example.com"] }] },
    });
    expect(await harness.adapter.findSaleByReference({ referenceNumber: "nope", referenceNumberSource: "shopify" })).toBeNull();
    const raw = await rawGet(harness, "Sale.json?referenceNumber=nope");
    expect(Object.keys(raw)).toEqual(["@attributes"]);

    const found = await harness.adapter.findCustomersByEmail("ada@example.com");
    const rawCustomer = await rawGet(harness, 'Customer.json?load_relations=["Contact"]');
    expect(rawCustomer.Customer).toMatchObject({
      Contact: { Phones: "", Emails: { ContactEmail: { address: "ada@example.com", useType: "Primary" } } },
    });
    expect(found).toEqual([
      expect.objectContaining({ firstName: "Ada", emails: [{ address: "ada@example.com", useType: "Primary" }], phones: [] }),
    ]);
  });

  it("reads a sale with a single line sent as an object", async () => {
    harness = await startHarness({ seed: { items: items(1, 4) } });
    const { sale } = await harness.adapter.createCompletedSale({
      shopId: "1",
      registerId: "1",
      employeeId: "1",
      referenceNumber: "one-line",
      referenceNumberSource: "shopify",
      lines: [{ itemId: "1", quantity: 1, unitPrice: 10 }],
      payments: [{ paymentTypeId: "2", amount: 10 }],
    });
    const raw = await rawGet(harness, `Sale/${sale.saleId}.json?load_relations=["SaleLines","SalePayments"]`);

    expect(raw.Sale).toMatchObject({ SaleLines: { SaleLine: { itemID: "1", unitQuantity: "1" } }, completed: "true" });
    expect(sale.lines).toEqual([expect.objectContaining({ itemId: "1", unitQuantity: 1, unitPrice: 10 })]);
    const fetched = await harness.adapter.getSale(sale.saleId);
    expect(fetched.payments).toEqual([expect.objectContaining({ paymentTypeId: "2", amount: 10 })]);
  });
});
