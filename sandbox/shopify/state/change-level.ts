import type { SandboxContext } from "../sandbox-context";
import { emitWebhook } from "../webhooks/emit-webhook";
import { inventoryLevelPayload } from "../webhooks/inventory-level-payload";
import type { LevelChangeCause, LevelState, StoreState } from "./store-state";

/**
 * The one way stock changes in the sandbox, whoever changes it (an order, a refund, the portal's own
 * inventorySetQuantities, an edit in the admin): it moves the quantities, keeps the store's journal of level
 * changes, and fires inventory_levels/update.
 * The payload is built `inventoryPayloadDelayMs` later from the level as it is then, so two quick changes can
 * both arrive carrying the final figure, as Shopify's do.
 */
export function changeLevel(
  context: SandboxContext,
  store: StoreState,
  level: LevelState,
  delta: { available?: number; committed?: number },
  cause: LevelChangeCause,
): void {
  const available = delta.available ?? 0;
  const committed = delta.committed ?? 0;
  if (available === 0 && committed === 0) return;
  level.available += available;
  level.committed = Math.max(0, level.committed + committed);
  level.updatedAt = context.now();
  if (available === 0) return;
  store.levelChanges.push({ at: level.updatedAt, inventoryItemId: level.inventoryItemId, locationId: level.locationId, delta: available, availableAfter: level.available, cause });
  context.later(context.settings.inventoryPayloadDelayMs, () =>
    emitWebhook(context, store, "inventory_levels/update", inventoryLevelPayload(level)),
  );
}
