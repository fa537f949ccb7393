import { inventoryLevelGid } from "../state/gid";
import type { LevelState } from "../state/store-state";
import { shopifyTimestamp } from "./shopify-time";

/** inventory_levels/update: only `available` and when; nothing says who changed it (as at Shopify). */
export function inventoryLevelPayload(level: LevelState): Record<string, unknown> {
  return {
    inventory_item_id: level.inventoryItemId,
    location_id: level.locationId,
    available: level.available,
    updated_at: shopifyTimestamp(level.updatedAt),
    admin_graphql_api_id: inventoryLevelGid(level.inventoryItemId, level.locationId),
  };
}
