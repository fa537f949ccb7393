import { storeAvailability } from "./stock-view";
import type { TrafficPlayer } from "./traffic-context";

const DELTAS = [-2, -1, 1, 2, 3];

/**
 * Someone edits `available` in Shopify's admin (a recount, a damaged unit, a box found in the back): by default
 * the portal must restore the sellable figure and record the edit as drift. Never below zero.
 */
export const playStockEdit: TrafficPlayer = async (context) => {
  const { random, catalog, controls } = context;
  const domain = random.pick(catalog.stores.filter((store) => catalog.products.some((product) => product.listings.has(store))));
  if (domain === undefined) return null;
  const product = random.pick(catalog.products.filter((candidate) => candidate.listings.has(domain)));
  const listing = product?.listings.get(domain);
  if (product === undefined || listing === undefined) return null;
  const before = storeAvailability(await controls.shopify.inspect(domain)).get(listing.inventoryItemId) ?? 0;
  const delta = random.pick(DELTAS) ?? 1;
  const after = Math.max(0, before + delta) === before ? before + 1 : Math.max(0, before + delta);
  const level = await controls.shopify.setAvailable(domain, listing.inventoryItemId, after);
  return { kind: "shopify-stock-edit", domain, inventoryItemId: listing.inventoryItemId, sku: product.sku, before, after: level.available };
};
