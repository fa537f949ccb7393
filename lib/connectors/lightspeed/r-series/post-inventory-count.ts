import type { z } from "zod";
import type { InventoryCountInput, InventoryCountResult } from "../lightspeed-adapter";
import type { LightspeedTransport } from "../lightspeed-transport";
import { PAGE_LIMIT, paginate } from "../paginate";
import { INVENTORY_COUNT_RECONCILE_COST, readCost, writeCost } from "../request-cost";
import {
  inventoryCountItemSchema,
  inventoryCountReconcileSchema,
  inventoryCountSchema,
} from "../schemas/inventory-count-schema";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { collect } from "./list-resources";
import { writeAtMostOnce } from "./write-at-most-once";

/** The first record of a filtered list (`InventoryCount.json?name=…`), or null. */
async function findFirst<Schema extends z.ZodType>(
  transport: LightspeedTransport,
  resource: string,
  record: Schema,
  filters: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<z.output<Schema> | null> {
  const found = await collect(
    paginate(transport, {
      url: transport.accountUrl(`${resource}.json`, { limit: PAGE_LIMIT, ...filters }),
      resource,
      record,
      cost: readCost({ list: true }),
      signal,
    }),
  );
  return found[0] ?? null;
}

/**
 * Sets an item's on-hand in one shop by a physical count, the way R-Series wants stock set: create an
 * InventoryCount named after the caller's reference, add the counted quantity (InventoryCountItem), then reconcile
 * that item (InventoryCountReconcile), which is when Lightspeed moves `ItemShop.qoh` (and its timeStamp) to the
 * count. None of the three has an idempotency key, so each is written at most once: looked up first (the count by
 * its name, the others by count and item), posted once, and looked up again after an ambiguous failure. Calling
 * again with the same name, after a crash or a failure at any step, finishes the same count and never counts twice.
 */
export async function postInventoryCount(
  transport: LightspeedTransport,
  input: InventoryCountInput,
): Promise<InventoryCountResult> {
  if (!Number.isInteger(input.quantity) || input.quantity < 0) throw new Error("A counted quantity is a whole number ≥ 0");
  if (input.name.includes(",")) throw new Error("A count's name is its look-up key and may not hold a comma");
  const { signal } = input;
  const send = <Schema extends z.ZodType>(path: string, body: unknown, cost: number, schema: Schema) =>
    transport.send({ method: "POST", url: transport.accountUrl(path), body, cost, signal }, schema);

  const count = await writeAtMostOnce(transport.config, {
    reference: `InventoryCount:${input.name}`,
    checkExistingFirst: true,
    signal,
    lookup: () => findFirst(transport, "InventoryCount", inventoryCountSchema, { name: input.name, archived: "true" }, signal),
    post: () =>
      send("InventoryCount.json", { name: input.name, shopID: input.shopId }, writeCost(), singleRecordSchema("InventoryCount", inventoryCountSchema)),
  });
  const countId = count.record.inventoryCountId;
  const byCountAndItem = { inventoryCountID: countId, itemID: input.itemId };

  await writeAtMostOnce(transport.config, {
    reference: `InventoryCountItem:${input.name}:${input.itemId}`,
    checkExistingFirst: true,
    signal,
    lookup: () => findFirst(transport, "InventoryCountItem", inventoryCountItemSchema, byCountAndItem, signal),
    post: () =>
      send(
        "InventoryCountItem.json",
        { ...byCountAndItem, qty: input.quantity, employeeID: input.employeeId },
        writeCost(),
        singleRecordSchema("InventoryCountItem", inventoryCountItemSchema),
      ),
  });

  const reconcile = await writeAtMostOnce(transport.config, {
    reference: `InventoryCountReconcile:${input.name}:${input.itemId}`,
    checkExistingFirst: true,
    signal,
    lookup: () => findFirst(transport, "InventoryCountReconcile", inventoryCountReconcileSchema, byCountAndItem, signal),
    post: () =>
      send(
        "InventoryCountReconcile.json",
        byCountAndItem,
        INVENTORY_COUNT_RECONCILE_COST,
        singleRecordSchema("InventoryCountReconcile", inventoryCountReconcileSchema),
      ),
  });

  return {
    inventoryCountId: countId,
    inventoryCountReconcileId: reconcile.record.inventoryCountReconcileId,
    qohChange: reconcile.record.qohChange,
    reconciledAt: reconcile.record.reconciledAt,
    outcome: reconcile.outcome,
  };
}
