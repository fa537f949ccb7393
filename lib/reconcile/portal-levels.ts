import { lightspeedLevels } from "@/lib/db/schema";
import type { Executor } from "@/lib/db/open-database";

export const levelKey = (itemId: number, lightspeedShopId: number): string => `${itemId}:${lightspeedShopId}`;

/** The portal's on-hand for every item and Lightspeed shop, keyed by `levelKey`. */
export async function loadPortalLevels(db: Executor): Promise<Map<string, number>> {
  const rows = await db
    .select({ itemId: lightspeedLevels.itemId, lightspeedShopId: lightspeedLevels.lightspeedShopId, onHand: lightspeedLevels.onHand })
    .from(lightspeedLevels);
  return new Map(rows.map((row) => [levelKey(row.itemId, row.lightspeedShopId), row.onHand]));
}
