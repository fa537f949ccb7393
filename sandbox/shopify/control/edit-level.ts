import type { SandboxContext } from "../sandbox-context";
import { changeLevel } from "../state/change-level";
import { gid, idOf } from "../state/gid";
import { levelKey } from "../state/store-state";
import { ControlError } from "./control-error";
import { levelEditSchema, type LevelEdit } from "./control-schemas";
import { findLocation, findStore, findVariant } from "./find-records";

/** Someone edits `available` in Shopify's admin (absolute or by a delta); fires inventory_levels/update. */
export function editLevel(
  context: SandboxContext,
  domain: string,
  raw: LevelEdit,
): { inventoryItemId: string; locationId: string; available: number } {
  const store = findStore(context, domain);
  const edit = levelEditSchema.parse(raw);
  const itemId =
    edit.inventoryItemId !== undefined ? idOf(edit.inventoryItemId, "InventoryItem") : findVariant(store, edit).inventoryItemId;
  if (itemId === null || !store.inventoryItems.has(itemId)) throw new ControlError(404, "no such inventory item");
  const location = findLocation(store, edit.locationId);
  const level = store.levels.get(levelKey(itemId, location.id));
  if (level === undefined) throw new ControlError(422, `item ${itemId} is not stocked at ${location.name}`);
  const delta = edit.delta ?? (edit.available ?? level.available) - level.available;
  changeLevel(context, store, level, { available: delta }, "admin-edit");
  return { inventoryItemId: gid("InventoryItem", itemId), locationId: gid("Location", location.id), available: level.available };
}
