import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { clientFor, rawGraphql, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify connector: paged reads of variants and levels", () => {
  let sandbox: ShopifySandbox;
  const north = storeSeed("north-shop.myshopify.com", 230, { locations: [{ name: "Warehouse" }, { name: "Annex" }] });
  const south = storeSeed("south-shop.myshopify.com", 3);

  beforeAll(async () => {
    sandbox = await startSandbox({ stores: [north, south] });
  });
  afterAll(() => sandbox.close());

  it("reads every variant of a store page by page with SKU, inventory item and available at the location", async () => {
    const client = clientFor(sandbox, north);
    const [warehouse, annex] = sandbox.control.inspectStore(north.domain).locations;
    if (warehouse === undefined || annex === undefined) throw new Error("locations missing");
    const pages: number[] = [];
    const result = await client.readAllVariantLevels({ locationId: warehouse.id, pageSize: 100, onPage: (page) => pages.push(page.variants.length) });
    if (!result.ok) throw new Error(result.error.message);
    expect(pages).toEqual([100, 100, 30]);
    expect(result.value).toHaveLength(230);
    expect(new Set(result.value.map((v) => v.variantId)).size).toBe(230);
    const seventh = result.value.find((v) => v.sku === "SKU-0007");
    expect(seventh).toMatchObject({ available: 6, tracked: true, displayName: "Product 7" });
    expect(seventh?.inventoryItemId).toMatch(/^gid:\/\/shopify\/InventoryItem\/\d+$/);

    // Not stocked at the annex: available is null, not 0.
    const annexPage = await client.readVariantLevelsPage({ locationId: annex.id, first: 5 });
    if (!annexPage.ok) throw new Error(annexPage.error.message);
    expect(annexPage.value.variants.map((v) => v.available)).toEqual([null, null, null, null, null]);
    expect(annexPage.value.nextCursor).not.toBeNull();
  });

  it("keeps stores apart: each has its own catalogue, token and cost bucket", async () => {
    const client = clientFor(sandbox, south);
    const [location] = sandbox.control.inspectStore(south.domain).locations;
    const result = await client.readAllVariantLevels({ locationId: location?.id ?? "" });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.map((v) => v.sku)).toEqual(["SKU-0001", "SKU-0002", "SKU-0003"]);

    const wrongToken = clientFor(sandbox, { ...south, accessToken: north.accessToken });
    const refused = await wrongToken.readVariantLevelsPage({ locationId: location?.id ?? "" });
    expect(refused.ok ? "ok" : refused.error.code).toBe("UNAUTHORIZED");
  });

  it("answers with Shopify's cost extension and refuses a page over the 1000-point limit", async () => {
    const [location] = sandbox.control.inspectStore(north.domain).locations;
    const client = clientFor(sandbox, north);
    const tooBig = await client.readVariantLevelsPage({ locationId: location?.id ?? "", first: 250 });
    expect(tooBig.ok ? "ok" : tooBig.error.code).toBe("MAX_COST_EXCEEDED");

    const raw = await rawGraphql(sandbox, north, {
      query: `{ productVariants(first: 2) { nodes { id sku } pageInfo { hasNextPage } } }`,
    });
    expect(raw.status).toBe(200);
    expect(raw.json).toMatchObject({
      data: { productVariants: { nodes: [{ sku: "SKU-0001" }, { sku: "SKU-0002" }], pageInfo: { hasNextPage: true } } },
      extensions: { cost: { requestedQueryCost: 4, actualQueryCost: 4, throttleStatus: { maximumAvailable: 1000 } } },
    });
    const unknownField = await rawGraphql(sandbox, north, { query: `{ productVariants(first: 1) { nodes { colour } } }` });
    expect(unknownField.json).toMatchObject({ errors: [{ message: "Field 'colour' doesn't exist on type 'ProductVariant'" }] });
  });
});
