import type { Executor } from "@/lib/db/open-database";
import { pickInventoryPage, toInventoryRow, type InventoryPage } from "./inventory-rows";
import type { InventorySearch } from "./inventory-search";
import { loadStockFigures, type LightspeedShopRef, type ShopifyStoreRef } from "./load-stock-figures";

export const inventoryPageSize = 50;

export type InventoryListing = InventoryPage & { lightspeedShops: LightspeedShopRef[]; stores: ShopifyStoreRef[] };

/**
 * The Inventory screen: every SKU matching the search with its on-hand, pending units and each store's sellable
 * against its last known `available`. Figures for the whole search are loaded (a shop has thousands of SKUs, not
 * millions) so that drift, which is computed by the truth model, can be filtered and counted exactly.
 */
export async function listInventory(db: Executor, search: InventorySearch): Promise<InventoryListing> {
  const figures = await loadStockFigures(db, { search: search.q });
  const page = pickInventoryPage(figures.items.map(toInventoryRow), search, inventoryPageSize);
  return { ...page, lightspeedShops: figures.lightspeedShops, stores: figures.stores };
}
