import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, levelOf, rawGraphql, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: inventorySetQuantities compare-and-set", () => {
  let sandbox: ShopifySandbox;
  const store = storeSeed("cas-shop.myshopify.com", 5);

  beforeEach(async () => {
    sandbox = await startSandbox({ stores: [store] });
  });
  afterEach(() => sandbox.close());

  const locationOf = () => sandbox.control.inspectStore(store.domain).locations[0]?.id ?? "";
  const itemOf = (sku: string) => sandbox.control.inspectStore(store.domain).variants.find((v) => v.sku === sku)?.inventoryItemId ?? "";

  it("returns a stale write as a typed result when an order moved stock since the read, then succeeds after a re-read", async () => {
    const client = clientFor(sandbox, store);
    const locationId = locationOf();
    const read = await client.readAllVariantLevels({ locationId });
    if (!read.ok) throw new Error(read.error.message);
    const sku4 = read.value.find((v) => v.sku === "SKU-0004");
    expect(sku4?.available).toBe(3);

    // A customer buys one in this store: it decrements itself.
    sandbox.control.createOrder(store.domain, { lines: [{ sku: "SKU-0004", quantity: 1 }], email: "ana@example.com" });
    expect(levelOf(sandbox, store.domain, "SKU-0004").available).toBe(2);

    const write = { inventoryItemId: sku4?.inventoryItemId ?? "", locationId, quantity: 7, changeFromQuantity: 3 };
    const first = await client.setInventoryQuantities({ quantities: [write], idempotencyKey: "sync-1" });
    expect(first).toMatchObject({ applied: [], stale: [write], rejected: [], failed: [] });
    expect(levelOf(sandbox, store.domain, "SKU-0004").available).toBe(2);

    const reread = await client.readVariantLevelsPage({ locationId, first: 10 });
    if (!reread.ok) throw new Error(reread.error.message);
    const current = reread.value.variants.find((v) => v.sku === "SKU-0004")?.available ?? null;
    expect(current).toBe(2);
    const second = await client.setInventoryQuantities({ quantities: [{ ...write, quantity: 6, changeFromQuantity: current }], idempotencyKey: "sync-2" });
    expect(second.applied).toHaveLength(1);
    expect(levelOf(sandbox, store.domain, "SKU-0004").available).toBe(6);
  });

  it("answers a stale compare with Shopify's user error code, field and message, and writes nothing of the call", async () => {
    const locationId = locationOf();
    const { json } = await rawGraphql(sandbox, store, {
      query: `mutation Set($input: InventorySetQuantitiesInput!) {
        inventorySetQuantities(input: $input) @idempotent(key: "raw-1") {
          inventoryAdjustmentGroup { id }
          userErrors { code field message }
        }
      }`,
      variables: {
        input: {
          name: "available",
          reason: "correction",
          quantities: [
            { inventoryItemId: itemOf("SKU-0002"), locationId, quantity: 9, changeFromQuantity: 1 },
            { inventoryItemId: itemOf("SKU-0003"), locationId, quantity: 9, changeFromQuantity: 99 },
          ],
        },
      },
    });
    expect(json).toMatchObject({
      data: {
        inventorySetQuantities: {
          inventoryAdjustmentGroup: null,
          userErrors: [
            {
              code: "CHANGE_FROM_QUANTITY_STALE",
              field: ["input", "quantities", "1", "changeFromQuantity"],
              message: "The changeFromQuantity value does not match persisted value.",
            },
          ],
        },
      },
    });
    expect(levelOf(sandbox, store.domain, "SKU-0002").available).toBe(1);
  });

  it("sends the fresh quantities of a call again on their own when others in it were stale (the call is all or nothing)", async () => {
    const client = clientFor(sandbox, store);
    const locationId = locationOf();
    const quantities = ["SKU-0001", "SKU-0002", "SKU-0003", "SKU-0004"].map((sku, index) => ({
      inventoryItemId: itemOf(sku),
      locationId,
      quantity: 20 + index,
      changeFromQuantity: index,
    }));
    sandbox.control.editLevel(store.domain, { sku: "SKU-0003", available: 50 });
    const outcome = await client.setInventoryQuantities({ quantities, idempotencyKey: "mixed" });
    expect(outcome.stale.map((q) => q.inventoryItemId)).toEqual([itemOf("SKU-0003")]);
    expect(outcome.applied).toHaveLength(3);
    expect(outcome.calls).toBe(2);
    expect(levelOf(sandbox, store.domain, "SKU-0003").available).toBe(50);
    expect(levelOf(sandbox, store.domain, "SKU-0004").available).toBe(23);
    const writes = sandbox.control.inspectStore(store.domain).writes;
    expect(writes.map((w) => [w.quantities.length, w.applied])).toEqual([
      [4, false],
      [3, true],
    ]);
  });

  it("keeps other refusals apart from stale ones (unknown item, not stocked at the location)", async () => {
    const client = clientFor(sandbox, store);
    const outcome = await client.setInventoryQuantities({
      idempotencyKey: "bad",
      quantities: [
        { inventoryItemId: "gid://shopify/InventoryItem/1", locationId: locationOf(), quantity: 1, changeFromQuantity: null },
        { inventoryItemId: itemOf("SKU-0005"), locationId: locationOf(), quantity: 8, changeFromQuantity: null },
      ],
    });
    expect(outcome.rejected).toEqual([expect.objectContaining({ code: "INVALID_INVENTORY_ITEM" })]);
    expect(outcome.applied).toHaveLength(1);
    expect(levelOf(sandbox, store.domain, "SKU-0005").available).toBe(8);
  });

  it("enforces 2026-04's contract: changeFromQuantity on every quantity and @idempotent on the mutation", async () => {
    const quantity = { inventoryItemId: itemOf("SKU-0001"), locationId: locationOf(), quantity: 1 };
    const mutation = (directive: string) => `mutation Set($input: InventorySetQuantitiesInput!) {
      inventorySetQuantities(input: $input) ${directive} { userErrors { code message } }
    }`;
    const input = { name: "available", reason: "correction", quantities: [{ ...quantity, changeFromQuantity: null }] };
    const noKey = await rawGraphql(sandbox, store, { query: mutation(""), variables: { input } });
    expect(noKey.json).toMatchObject({ errors: [{ message: expect.stringContaining("@idempotent") }] });
    const noChangeFrom = await rawGraphql(sandbox, store, {
      query: mutation(`@idempotent(key: "k-1")`),
      variables: { input: { ...input, quantities: [quantity] } },
    });
    expect(noChangeFrom.json).toMatchObject({ errors: [{ message: expect.stringContaining("changeFromQuantity") }] });
    const oldField = await rawGraphql(sandbox, store, {
      query: mutation(`@idempotent(key: "k-2")`),
      variables: { input: { ...input, quantities: [{ ...quantity, compareQuantity: 0 }] } },
    });
    expect(oldField.json).toMatchObject({ errors: [{ message: "InputObject 'InventoryQuantityInput' doesn't accept argument 'compareQuantity'" }] });
    // 2026-01 still takes compareQuantity and reports its own stale code.
    const legacy = await rawGraphql(
      sandbox,
      store,
      { query: mutation(""), variables: { input: { ...input, quantities: [{ ...quantity, compareQuantity: 5 }] } } },
      "2026-01",
    );
    expect(legacy.json).toMatchObject({ data: { inventorySetQuantities: { userErrors: [{ code: "COMPARE_QUANTITY_STALE" }] } } });
  });
});
