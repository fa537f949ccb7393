import type { Executor } from "@/lib/db/open-database";
import { lightspeedLevels, shopifyLevels, shopifyWrites, stockMovements } from "@/lib/db/schema";
import { idOf, insertInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";

/** Lightspeed on-hand per item, the movement ledger that explains it, and what each Shopify store shows. */
export async function insertStock(db: Executor, plan: DemoShopPlan, ids: SeedIds): Promise<Record<string, number>> {
  const observedAt = new Date(plan.now.getTime() - 3000);
  const lightspeed = await insertInBatches(
    plan.items.map((item) => {
      const level = plan.ledger.onHand.get(item.sku);
      return {
        itemId: idOf(ids.itemIds, item.sku, "item"),
        lightspeedShopId: ids.lightspeedShopId,
        onHand: level?.onHand ?? 0,
        sourceTimestamp: level?.sourceTimestamp ?? plan.ledger.story.countAt,
        observedAt,
      };
    }),
    (batch) => db.insert(lightspeedLevels).values(batch),
  );
  const movements = await insertInBatches(
    plan.ledger.movements.map((movement) => ({
      sourceSystem: movement.sourceSystem,
      sourceEventId: movement.sourceEventId,
      kind: movement.kind,
      itemId: idOf(ids.itemIds, movement.sku, "item"),
      sku: movement.sku,
      lightspeedShopId: ids.lightspeedShopId,
      delta: movement.delta,
      resultingLevel: movement.resultingLevel,
      orderId: movement.orderSourceKey === null ? null : idOf(ids.orderIds, movement.orderSourceKey, "order"),
      postedToLightspeed: movement.postedToLightspeed,
      postedAt: movement.postedAt,
      note: movement.note,
      at: movement.at,
    })),
    (batch) => db.insert(stockMovements).values(batch),
  );
  const shopify = await insertInBatches(
    plan.storeLevels.levels.map((level) => ({
      itemId: idOf(ids.itemIds, level.sku, "item"),
      storeId: ids.storeIds[level.storeKey],
      available: level.available,
      observedAt: level.observedAt,
    })),
    (batch) => db.insert(shopifyLevels).values(batch),
  );
  const writes = await insertInBatches(
    plan.storeLevels.writes.map((write) => ({
      storeId: ids.storeIds[write.storeKey],
      inventoryItemId: write.inventoryItemId,
      locationId: write.locationId,
      quantity: write.quantity,
      idempotencyKey: write.idempotencyKey,
      writtenAt: write.writtenAt,
    })),
    (batch) => db.insert(shopifyWrites).values(batch),
  );
  return { lightspeedLevels: lightspeed, stockMovements: movements, shopifyLevels: shopify, shopifyWrites: writes };
}
