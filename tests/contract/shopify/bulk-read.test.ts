import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: bulk inventory read", () => {
  let sandbox: ShopifySandbox;
  const store = storeSeed("bulk-shop.myshopify.com", 0, {
    locations: [{ name: "Front" }, { name: "Back" }],
    products: [
      { title: "Tee", variants: [{ title: "S", sku: "TEE-S", available: { Front: 4, Back: 1 } }, { title: "M", sku: "TEE-M", available: 9 }] },
      { title: "Mug", variants: [{ sku: "MUG", available: { Back: 2 } }] },
      // Shopify lets two variants share a SKU: the bulk read keeps them apart by inventory item.
      { title: "Mug (old)", variants: [{ sku: "MUG", available: 0 }] },
    ],
  });

  beforeEach(async () => {
    sandbox = await startSandbox({ stores: [store] });
  });
  afterEach(() => sandbox.close());

  it("starts a bulk operation, polls it, downloads the JSONL and rebuilds items with variants and levels", async () => {
    const client = clientFor(sandbox, store);
    const progress: number[] = [];
    const result = await client.runBulkInventoryRead({ onProgress: (count) => progress.push(count) });
    if (!result.ok) throw new Error(result.error.message);
    const { items, objectCount } = result.value;
    expect(items).toHaveLength(4);
    // 4 items + 4 variants + 5 levels, one line each.
    expect(objectCount).toBe(13);
    expect(progress.at(-1)).toBe(13);

    const [front, back] = sandbox.control.inspectStore(store.domain).locations;
    const teeS = items.find((item) => item.sku === "TEE-S");
    expect(teeS?.variants).toEqual([expect.objectContaining({ title: "S", displayName: "Tee - S" })]);
    expect(teeS?.levels).toEqual(
      expect.arrayContaining([
        { locationId: front?.id, available: 4 },
        { locationId: back?.id, available: 1 },
      ]),
    );
    const mugs = items.filter((item) => item.sku === "MUG");
    expect(mugs).toHaveLength(2);
    expect(new Set(mugs.map((item) => item.inventoryItemId)).size).toBe(2);

    // The same figures as the paged read.
    const paged = await client.readAllVariantLevels({ locationId: front?.id ?? "" });
    if (!paged.ok) throw new Error(paged.error.message);
    for (const variant of paged.value) {
      const item = items.find((candidate) => candidate.inventoryItemId === variant.inventoryItemId);
      expect(item?.levels.find((level) => level.locationId === front?.id)?.available ?? null).toBe(variant.available);
    }
  });

  it("adopts the running operation when the answer to bulkOperationRunQuery is lost, instead of starting another", async () => {
    sandbox.control.setApiFaults({ rules: [{ kind: "lost-response", next: 1, match: "BulkInventoryRead" }] });
    const client = clientFor(sandbox, store);
    const result = await client.runBulkInventoryRead();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.items).toHaveLength(4);
    expect(sandbox.control.inspectStore(store.domain).bulkOperations).toHaveLength(1);
  });

  it("returns an empty snapshot when the store has nothing (Shopify gives no URL then)", async () => {
    const empty = storeSeed("empty-shop.myshopify.com", 0);
    sandbox.control.seedStore(empty);
    const result = await clientFor(sandbox, empty).runBulkInventoryRead();
    expect(result).toMatchObject({ ok: true, value: { items: [], objectCount: 0 } });
  });
});
