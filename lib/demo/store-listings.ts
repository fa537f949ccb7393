import type { DemoItem } from "./catalog";
import type { Random } from "./random";
import { demoStores, type StoreKey } from "./stores";

/** One Shopify variant in one store; `itemSku` is the item it is mapped to (null when unmapped). */
export type DemoVariant = {
  storeKey: StoreKey;
  itemSku: string | null;
  sku: string | null;
  productId: string;
  variantId: string;
  inventoryItemId: string;
  title: string;
};

export type DemoMappingProblem = {
  kind: "unmapped" | "duplicate" | "ambiguous";
  storeKey: StoreKey;
  sku: string | null;
  externalId: string;
  detail: string;
};

export type StoreListings = { variants: DemoVariant[]; problems: DemoMappingProblem[] };

/** The SKU listed twice in the outlet: neither listing is synced until the owner fixes one. */
export const duplicateOutletSku = "BRW-FRP-8CUP-BLK";

function idSequence(random: Random, start: number): () => string {
  let current = start;
  return () => {
    current += random.int(1, 900);
    return String(current);
  };
}

/**
 * Every store's listings: the main store lists everything sold online, the outlet a subset at a discount.
 * A few are wrong on purpose (a mistyped SKU, a variant with no SKU, a SKU listed twice, a SKU in the
 * wrong case): they stay unmapped and are recorded as mapping problems, as the portal would.
 */
export function buildStoreListings(items: readonly DemoItem[], random: Random): StoreListings {
  const nextProductId = idSequence(random, 8_123_456_000_000);
  const nextVariantId = idSequence(random, 44_876_543_000_000);
  const nextInventoryItemId = idSequence(random, 46_987_654_000_000);
  const variants: DemoVariant[] = [];
  const problems: DemoMappingProblem[] = [];
  const productIds = new Map<string, string>();
  const productOf = (storeKey: StoreKey, productCode: string): string => {
    const key = `${storeKey}:${productCode}`;
    let id = productIds.get(key);
    if (!id) {
      id = `gid://shopify/Product/${nextProductId()}`;
      productIds.set(key, id);
    }
    return id;
  };
  const addVariant = (storeKey: StoreKey, productCode: string, sku: string | null, itemSku: string | null, title: string): DemoVariant => {
    const variant: DemoVariant = {
      storeKey,
      itemSku,
      sku,
      productId: productOf(storeKey, productCode),
      variantId: `gid://shopify/ProductVariant/${nextVariantId()}`,
      inventoryItemId: `gid://shopify/InventoryItem/${nextInventoryItemId()}`,
      title,
    };
    variants.push(variant);
    return variant;
  };

  for (const store of demoStores) {
    for (const item of items) {
      const listed = store.key === "main" ? item.listedIn.main : item.listedIn.outlet;
      if (!listed) continue;
      const duplicated = store.key === "outlet" && item.sku === duplicateOutletSku;
      addVariant(store.key, item.productCode, item.sku, duplicated ? null : item.sku, item.variantName ?? "Default Title");
    }
  }

  const typo = addVariant("main", "MUG-STN", "MUG-STN-12OZ-BLUE", null, "12 oz / Blue (new glaze)");
  problems.push({
    kind: "unmapped",
    storeKey: "main",
    sku: typo.sku,
    externalId: typo.inventoryItemId,
    detail: "SKU MUG-STN-12OZ-BLUE matches no Lightspeed item (MUG-STN-12OZ-BLU exists); not synced until the SKU is fixed in Shopify or mapped by hand.",
  });
  const noSku = addVariant("main", "BUNDLE-BREW", null, null, "Weekend Brew Bundle");
  problems.push({
    kind: "unmapped",
    storeKey: "main",
    sku: null,
    externalId: noSku.inventoryItemId,
    detail: "Variant \"Weekend Brew Bundle\" has no SKU; Shopify tracks its inventory but the portal cannot tell which item it is.",
  });
  const seconds = addVariant("outlet", "BRW-FRP-SECONDS", duplicateOutletSku, null, "8 cup / Black (seconds)");
  const original = variants.find((variant) => variant.storeKey === "outlet" && variant.sku === duplicateOutletSku && variant !== seconds);
  for (const variant of [original, seconds]) {
    if (!variant) continue;
    problems.push({
      kind: "duplicate",
      storeKey: "outlet",
      sku: duplicateOutletSku,
      externalId: variant.inventoryItemId,
      detail: `SKU ${duplicateOutletSku} is used by 2 variants in the outlet store ("${variant.title}" is one); neither is synced until one is changed.`,
    });
  }
  const wrongCase = addVariant("outlet", "MUG-DNR", "mug-dnr-pnk", null, "Pink (last few)");
  problems.push({
    kind: "ambiguous",
    storeKey: "outlet",
    sku: wrongCase.sku,
    externalId: wrongCase.inventoryItemId,
    detail: "SKU mug-dnr-pnk matches MUG-DNR-PNK only when case is ignored; confirm the mapping before the portal syncs it.",
  });
  return { variants, problems };
}
