import { setCountedStock } from "./stock";
import { takeId, type SandboxState, type SimInventoryCount, type SimInventoryCountReconcile } from "./sandbox-state";

export type ReconcileOutcome =
  | { ok: true; reconciles: SimInventoryCountReconcile[] }
  | { ok: false; status: 400 | 404; message: string };

/**
 * Reconciles a count, as `POST InventoryCountReconcile` does: each counted item (or only `itemId`) has its qoh in
 * the count's shop set to the quantity counted (several count lines of one item add up), which moves the ItemShop
 * row's qoh and timeStamp, and leaves one reconcile record with the change. An item reconciled once in a count is
 * not reconciled again (assumed: the real API documents that a reconcile cannot be undone, not what a second one
 * does); a whole-count reconcile skips those, an item reconcile is refused.
 */
export function reconcileCount(
  state: SandboxState,
  count: SimInventoryCount,
  itemId: number | undefined,
  now: number,
): ReconcileOutcome {
  const counted = new Map<number, number>();
  for (const line of state.inventoryCountItems.values()) {
    if (line.inventoryCountId !== count.inventoryCountId) continue;
    if (itemId !== undefined && line.itemId !== itemId) continue;
    counted.set(line.itemId, (counted.get(line.itemId) ?? 0) + line.qty);
  }
  if (itemId !== undefined && !counted.has(itemId)) {
    return { ok: false, status: 400, message: `Item ${itemId} is not counted in inventory count ${count.inventoryCountId}.` };
  }
  const done = new Set(
    [...state.inventoryCountReconciles.values()]
      .filter((reconcile) => reconcile.inventoryCountId === count.inventoryCountId)
      .map((reconcile) => reconcile.itemId),
  );
  if (itemId !== undefined && done.has(itemId)) {
    return { ok: false, status: 400, message: `Item ${itemId} is already reconciled in inventory count ${count.inventoryCountId}.` };
  }
  const reconciles: SimInventoryCountReconcile[] = [];
  for (const [countedItemId, qty] of counted) {
    if (done.has(countedItemId)) continue;
    const reconcile: SimInventoryCountReconcile = {
      inventoryCountReconcileId: takeId(state, "inventoryCountReconcile"),
      inventoryCountId: count.inventoryCountId,
      itemId: countedItemId,
      qohChange: setCountedStock(state, countedItemId, count.shopId, qty, now),
      createTime: now,
    };
    state.inventoryCountReconciles.set(reconcile.inventoryCountReconcileId, reconcile);
    reconciles.push(reconcile);
  }
  count.timeStamp = now;
  return { ok: true, reconciles };
}
