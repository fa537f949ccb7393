import type { LightspeedControl } from "./lightspeed-control";
import type { PendingOnline } from "./pending-online";
import type { StoreInspectionView } from "./shopify-control";
import type { CatalogProduct } from "./traffic-catalog";

/** Units the generator may still sell, as the simulated systems show them right now. */
export type StockView = {
  /** Lightspeed shops that hold stock rows (the summary row left out), ascending. */
  shops: readonly number[];
  /** Lightspeed on-hand over every shop minus units sold online that Lightspeed does not show yet. */
  physical: (product: CatalogProduct) => number;
  /** What the register of `shopId` may sell: its qoh, within what is physically left. */
  atTill: (product: CatalogProduct, shopId: number) => number;
};

/**
 * Reads Lightspeed: first the sales (to release online orders the portal has posted), then the stock rows. In
 * that order a sale posted between the two reads is counted twice (as pending and in qoh), never missed, so the
 * view errs on the side of selling less.
 */
export async function readStockView(lightspeed: LightspeedControl, pending: PendingOnline): Promise<StockView> {
  if (pending.size() > 0) pending.release(await lightspeed.saleReferences());
  const rows = (await lightspeed.itemShops()).filter((row) => row.shopId !== 0);
  const qoh = new Map<string, number>();
  const total = new Map<number, number>();
  for (const row of rows) {
    qoh.set(`${row.itemId}:${row.shopId}`, row.qoh);
    total.set(row.itemId, (total.get(row.itemId) ?? 0) + row.qoh);
  }
  const pendingUnits = pending.totals();
  const physical = (product: CatalogProduct): number => (total.get(product.itemId) ?? 0) - (pendingUnits.get(product.sku) ?? 0);
  return {
    shops: [...new Set(rows.map((row) => row.shopId))].sort((a, b) => a - b),
    physical,
    atTill: (product, shopId) => Math.min(qoh.get(`${product.itemId}:${shopId}`) ?? 0, physical(product)),
  };
}

/** `available` per inventory item at the store's first location, where online orders take their stock. */
export function storeAvailability(store: StoreInspectionView): Map<string, number> {
  const location = store.locations[0]?.id;
  return new Map(store.levels.filter((level) => level.locationId === location).map((level) => [level.inventoryItemId, level.available]));
}
