import { and, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { shopifyStores, shopifyVariants, shopifyWrites } from "@/lib/db/schema";
import type { InventoryLevelPayload } from "./inventory-level-payload";
import { recordShopifyLevel } from "./record-shopify-level";

export type InventoryLevelUpdate =
  | { kind: "ignored"; reason: string }
  | { kind: "echo" }
  | { kind: "changed"; itemId: number; storeId: number; available: number };

/**
 * Sorts a store's `inventory_levels/update` (DESIGN §3.5): the echo of the portal's own last write to that item
 * and location is ignored; anything else is a change made in Shopify (an order, or an edit in the admin), whose
 * figure is remembered as the store's current level.
 */
export async function classifyInventoryLevelUpdate(
  db: Executor,
  domain: string,
  payload: InventoryLevelPayload,
  now: Date,
): Promise<InventoryLevelUpdate> {
  if (payload.available === null) return { kind: "ignored", reason: "item no longer stocked at the location" };
  const [store] = await db.select().from(shopifyStores).where(eq(shopifyStores.domain, domain));
  if (!store) return { kind: "ignored", reason: `unknown store ${domain}` };
  const locationId = `gid://shopify/Location/${payload.location_id}`;
  if (locationId !== store.locationId) return { kind: "ignored", reason: `location ${locationId} is not the one the portal manages` };
  const inventoryItemId = `gid://shopify/InventoryItem/${payload.inventory_item_id}`;
  const [variant] = await db
    .select({ itemId: shopifyVariants.itemId })
    .from(shopifyVariants)
    .where(and(eq(shopifyVariants.storeId, store.id), eq(shopifyVariants.inventoryItemId, inventoryItemId)));
  if (!variant?.itemId) return { kind: "ignored", reason: `inventory item ${inventoryItemId} is not mapped to a SKU` };
  const [lastWrite] = await db
    .select({ quantity: shopifyWrites.quantity })
    .from(shopifyWrites)
    .where(and(eq(shopifyWrites.storeId, store.id), eq(shopifyWrites.inventoryItemId, inventoryItemId), eq(shopifyWrites.locationId, locationId)));
  await recordShopifyLevel(db, { itemId: variant.itemId, storeId: store.id, available: payload.available, at: now });
  if (lastWrite?.quantity === payload.available) return { kind: "echo" };
  return { kind: "changed", itemId: variant.itemId, storeId: store.id, available: payload.available };
}
