import type { Executor } from "@/lib/db/open-database";
import { items, shopifyLevels, shopifyStores, shopifyVariants } from "@/lib/db/schema";
import type { ParsedSandboxCatalog } from "@/sandbox/run/sandbox-catalog";

type StoreCatalog = ParsedSandboxCatalog["shopify"][number];
type ProductCatalog = StoreCatalog["products"][number];

function price(cents: number): string {
  return (cents / 100).toFixed(2);
}

/**
 * Every Shopify store as the portal's database knows it: its location, and every listed variant under its own
 * product, variant and inventory item gids, with the store's `available` for the item it is mapped to (0 for a
 * variant mapped to nothing: the portal never wrote to it).
 */
export async function readShopifyCatalog(db: Executor): Promise<StoreCatalog[]> {
  const [storeRows, variantRows, levelRows, itemRows] = await Promise.all([
    db.select().from(shopifyStores).orderBy(shopifyStores.id),
    db.select().from(shopifyVariants).orderBy(shopifyVariants.id),
    db.select().from(shopifyLevels),
    db.select({ id: items.id, sku: items.sku, name: items.name, priceCents: items.priceCents }).from(items),
  ]);
  const itemById = new Map(itemRows.map((item) => [item.id, item]));
  const itemBySku = new Map(itemRows.map((item) => [item.sku.toLowerCase(), item]));
  const available = new Map(levelRows.map((level) => [`${level.storeId}:${level.itemId}`, level.available]));

  return storeRows.map((store) => {
    const products = new Map<string, ProductCatalog>();
    for (const variant of variantRows.filter((row) => row.storeId === store.id)) {
      const item = variant.itemId === null ? undefined : itemById.get(variant.itemId);
      const lookalike = item ?? (variant.sku === null ? undefined : itemBySku.get(variant.sku.toLowerCase()));
      const product = products.get(variant.productId) ?? { id: variant.productId, title: lookalike?.name ?? variant.title, variants: [] };
      product.variants.push({
        id: variant.variantId,
        inventoryItemId: variant.inventoryItemId,
        sku: variant.sku,
        title: variant.title,
        price: price(lookalike?.priceCents ?? 1000),
        available: item === undefined ? 0 : (available.get(`${store.id}:${item.id}`) ?? 0),
      });
      products.set(variant.productId, product);
    }
    return {
      domain: store.domain,
      name: store.name,
      currency: "USD",
      location: { id: store.locationId, name: store.name },
      products: [...products.values()],
    };
  });
}
