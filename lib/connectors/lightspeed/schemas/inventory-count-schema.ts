import { z } from "zod";
import { booleanish, id, numeric, optionalTimestamp, timestamp } from "./normalise-json";

/** A physical inventory count in one shop (`InventoryCount`); the portal names each count after what it posts. */
export const inventoryCountSchema = z
  .object({
    inventoryCountID: id,
    name: z.string(),
    shopID: id,
    archived: booleanish.optional(),
    timeStamp: optionalTimestamp.optional(),
  })
  .transform((raw) => ({
    inventoryCountId: raw.inventoryCountID,
    name: raw.name,
    shopId: raw.shopID,
    archived: raw.archived ?? false,
  }));

/** The quantity counted of one item in a count (`InventoryCountItem`). */
export const inventoryCountItemSchema = z
  .object({
    inventoryCountItemID: id,
    inventoryCountID: id,
    itemID: id,
    qty: numeric,
  })
  .transform((raw) => ({
    inventoryCountItemId: raw.inventoryCountItemID,
    inventoryCountId: raw.inventoryCountID,
    itemId: raw.itemID,
    quantity: raw.qty,
  }));

/** What reconciling a counted item changed (`InventoryCountReconcile`): stock moves only here. */
export const inventoryCountReconcileSchema = z
  .object({
    inventoryCountReconcileID: id,
    inventoryCountID: id,
    itemID: id,
    qohChange: numeric,
    createTime: timestamp,
  })
  .transform((raw) => ({
    inventoryCountReconcileId: raw.inventoryCountReconcileID,
    inventoryCountId: raw.inventoryCountID,
    itemId: raw.itemID,
    qohChange: raw.qohChange,
    reconciledAt: raw.createTime,
  }));

export type LightspeedInventoryCount = z.output<typeof inventoryCountSchema>;
export type LightspeedInventoryCountItem = z.output<typeof inventoryCountItemSchema>;
export type LightspeedInventoryCountReconcile = z.output<typeof inventoryCountReconcileSchema>;
