import type { Executor } from "@/lib/db/open-database";
import { shopifyLevels, shopifyWrites } from "@/lib/db/schema";

/** Remembers a store's `available` for an item as just read (or reported by a webhook). */
export async function recordShopifyLevel(db: Executor, level: { itemId: number; storeId: number; available: number; at: Date }): Promise<void> {
  await db
    .insert(shopifyLevels)
    .values({ itemId: level.itemId, storeId: level.storeId, available: level.available, observedAt: level.at })
    .onConflictDoUpdate({
      target: [shopifyLevels.itemId, shopifyLevels.storeId],
      set: { available: level.available, observedAt: level.at },
    });
}

/**
 * Remembers a write the portal made to a store (for echo detection: the `inventory_levels/update` it causes
 * carries this quantity) and the level it leaves.
 */
export async function recordShopifyWrite(
  db: Executor,
  write: { itemId: number; storeId: number; inventoryItemId: string; locationId: string; quantity: number; idempotencyKey: string; at: Date },
): Promise<void> {
  await db
    .insert(shopifyWrites)
    .values({
      storeId: write.storeId,
      inventoryItemId: write.inventoryItemId,
      locationId: write.locationId,
      quantity: write.quantity,
      idempotencyKey: write.idempotencyKey,
      writtenAt: write.at,
    })
    .onConflictDoUpdate({
      target: [shopifyWrites.storeId, shopifyWrites.inventoryItemId, shopifyWrites.locationId],
      set: { quantity: write.quantity, idempotencyKey: write.idempotencyKey, writtenAt: write.at },
    });
  await recordShopifyLevel(db, { itemId: write.itemId, storeId: write.storeId, available: write.quantity, at: write.at });
}
