import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: reading a few items' levels", () => {
  let sandbox: ShopifySandbox;
  const store = storeSeed("levels-shop.myshopify.com", 4);

  beforeEach(async () => {
    sandbox = await startSandbox({ stores: [store] });
  });
  afterEach(() => sandbox.close());

  it("reads the current available of the items asked for, after an order moved one", async () => {
    const client = clientFor(sandbox, store);
    const state = sandbox.control.inspectStore(store.domain);
    const locationId = state.locations[0]?.id ?? "";
    const items = state.variants.map((variant) => ({ sku: variant.sku, id: variant.inventoryItemId }));
    const before = await client.readItemLevels({ inventoryItemIds: items.map((item) => item.id), locationId });
    if (!before.ok) throw new Error(before.error.message);
    const sku2 = items.find((item) => item.sku === "SKU-0002");
    const start = before.value.find((level) => level.inventoryItemId === sku2?.id)?.available ?? null;
    expect(start).not.toBeNull();

    sandbox.control.createOrder(store.domain, { lines: [{ sku: "SKU-0002", quantity: 1 }], email: "ana@example.com" });
    const after = await client.readItemLevels({ inventoryItemIds: [sku2?.id ?? "", "gid://shopify/InventoryItem/999999"], locationId });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value).toEqual([
      { inventoryItemId: sku2?.id, available: (start ?? 0) - 1 },
      { inventoryItemId: "gid://shopify/InventoryItem/999999", available: null },
    ]);
  });
});
