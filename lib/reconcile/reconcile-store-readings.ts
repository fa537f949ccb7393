import { and, eq, isNotNull } from "drizzle-orm";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db/open-database";
import { shopifyLevels, shopifyStores, shopifyVariants } from "@/lib/db/schema";
import { recordShopifyLevel } from "@/lib/stock/record-shopify-level";
import { readStoreLevels } from "./read-store-levels";

/** A listing whose store figure was not what the portal last saw: changed in Shopify behind the portal's back. */
export type StoreChange = { itemId: number; storeId: number; previous: number | null; actual: number };

export type StoreReadingResult = {
  domain: string;
  method: "bulk" | "paged";
  bulkError: string | null;
  listings: number;
  read: number;
  changes: StoreChange[];
};

/**
 * Reads every level of one store and records each mapped listing's figure as the portal's last known one (so the
 * repair's compare-and-set starts from what the store really shows). Returns the listings that had moved.
 */
export async function reconcileStoreReadings(db: Database, client: ShopifyClient, now: () => Date): Promise<StoreReadingResult> {
  const [store] = await db.select().from(shopifyStores).where(eq(shopifyStores.domain, client.shopDomain));
  if (!store) throw new Error(`${client.shopDomain} is not a connected store`);
  const read = await readStoreLevels(client, store.locationId);
  const listings = await db
    .select({ itemId: shopifyVariants.itemId, inventoryItemId: shopifyVariants.inventoryItemId, previous: shopifyLevels.available })
    .from(shopifyVariants)
    .leftJoin(shopifyLevels, and(eq(shopifyLevels.itemId, shopifyVariants.itemId), eq(shopifyLevels.storeId, shopifyVariants.storeId)))
    .where(and(eq(shopifyVariants.storeId, store.id), isNotNull(shopifyVariants.itemId)));
  const result: StoreReadingResult = { domain: store.domain, method: read.method, bulkError: read.bulkError, listings: listings.length, read: 0, changes: [] };
  for (const listing of listings) {
    const actual = read.levels.get(listing.inventoryItemId) ?? null;
    if (listing.itemId === null || actual === null) continue;
    result.read += 1;
    if (listing.previous === actual) continue;
    result.changes.push({ itemId: listing.itemId, storeId: store.id, previous: listing.previous, actual });
    await recordShopifyLevel(db, { itemId: listing.itemId, storeId: store.id, available: actual, at: now() });
  }
  return result;
}
