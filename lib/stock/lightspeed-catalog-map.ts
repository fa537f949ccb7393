import { isNotNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { items, lightspeedShops } from "@/lib/db/schema";

/** Lightspeed's ids mapped onto the portal's: item ids and shop ids. */
export type LightspeedCatalogMap = {
  itemByLightspeedId: ReadonlyMap<string, { id: number; sku: string; name: string; priceCents: number }>;
  shopByLightspeedId: ReadonlyMap<string, number>;
};

export async function loadLightspeedCatalogMap(db: Executor): Promise<LightspeedCatalogMap> {
  const itemRows = await db
    .select({ id: items.id, sku: items.sku, name: items.name, priceCents: items.priceCents, lightspeedItemId: items.lightspeedItemId })
    .from(items)
    .where(isNotNull(items.lightspeedItemId));
  const shopRows = await db.select({ id: lightspeedShops.id, lightspeedShopId: lightspeedShops.lightspeedShopId }).from(lightspeedShops);
  return {
    itemByLightspeedId: new Map(itemRows.map((row) => [row.lightspeedItemId ?? "", row])),
    shopByLightspeedId: new Map(shopRows.map((row) => [row.lightspeedShopId, row.id])),
  };
}
