import { groupBy } from "@/lib/collections/group-by";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Executor } from "@/lib/db/open-database";
import type { ItemStoreTarget } from "@/lib/stock/load-item-store-targets";
import { recordShopifyLevel } from "@/lib/stock/record-shopify-level";

/**
 * Reads what each store shows now for these listings and records it as the last known figure, so a repair's
 * compare-and-set starts from the store's real figure (an edit the portal never heard of included).
 */
export async function refreshStoreLevels(
  db: Executor,
  clients: ReadonlyMap<string, ShopifyClient>,
  targets: readonly ItemStoreTarget[],
  now: () => Date,
): Promise<void> {
  for (const [domain, forStore] of groupBy(targets, (target) => target.domain)) {
    const client = clients.get(domain);
    if (!client) continue;
    for (const [locationId, group] of groupBy(forStore, (target) => target.locationId)) {
      const read = await client.readItemLevels({ inventoryItemIds: group.map((target) => target.inventoryItemId), locationId });
      if (!read.ok) throw new Error(`${domain}: ${read.error.message}`);
      for (const level of read.value) {
        const target = group.find((candidate) => candidate.inventoryItemId === level.inventoryItemId);
        if (target && level.available !== null && level.available !== target.lastKnown) {
          await recordShopifyLevel(db, { itemId: target.itemId, storeId: target.storeId, available: level.available, at: now() });
        }
      }
    }
  }
}
