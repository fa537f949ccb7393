import type { ShopifyClient } from "@/lib/connectors/shopify";

export type StoreLevelsRead = {
  /** `available` at the store's location by inventory item id; null when not stocked there. */
  levels: Map<string, number | null>;
  method: "bulk" | "paged";
  /** Why the bulk operation was not used, when it was not. */
  bulkError: string | null;
};

/** Every level of one store at one location: a bulk operation, or the paged variant read when bulk fails. */
export async function readStoreLevels(client: ShopifyClient, locationId: string): Promise<StoreLevelsRead> {
  const bulk = await client.runBulkInventoryRead();
  if (bulk.ok) {
    const levels = new Map<string, number | null>();
    for (const item of bulk.value.items) {
      const level = item.levels.find((candidate) => candidate.locationId === locationId);
      levels.set(item.inventoryItemId, level ? level.available : null);
    }
    return { levels, method: "bulk", bulkError: null };
  }
  const paged = await client.readAllVariantLevels({ locationId });
  if (!paged.ok) throw new Error(`${client.shopDomain}: bulk read failed (${bulk.error.message}); paged read failed (${paged.error.message})`);
  return {
    levels: new Map(paged.value.map((variant) => [variant.inventoryItemId, variant.available])),
    method: "paged",
    bulkError: bulk.error.message,
  };
}
