import { z } from "zod";
import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid, idOf } from "../state/gid";
import { levelKey, type InventoryItemState } from "../state/store-state";
import { connection } from "./connection";
import { inventoryLevelObject } from "./inventory-level-object";
import { itemChildren } from "./item-children";
import { parseArgs } from "./parse-args";
import { productVariantObject } from "./product-variant-object";
import type { RequestContext } from "./request-context";

export function inventoryItemObject(request: RequestContext, item: InventoryItemState): GraphObject {
  const { store } = request;
  const variants = () => itemChildren(request).variants.get(item.id) ?? [];
  const levels = () => itemChildren(request).levels.get(item.id) ?? [];
  return graphObject(
    "InventoryItem",
    {
      id: () => gid("InventoryItem", item.id),
      legacyResourceId: () => String(item.id),
      sku: () => item.sku,
      tracked: () => item.tracked,
      duplicateSkuCount: () =>
        item.sku === null ? 0 : [...store.inventoryItems.values()].filter((other) => other.id !== item.id && other.sku === item.sku).length,
      /** Deprecated in 2026-01 for `variants`; still answered. */
      variant: () => {
        const first = variants()[0];
        return first === undefined ? null : productVariantObject(request, first);
      },
      variants: (args) =>
        connection("ProductVariantConnection", variants(), args, request, (variant) => variant.id, (variant) =>
          productVariantObject(request, variant),
        ),
      inventoryLevel: (args) => {
        const { locationId } = parseArgs(z.object({ locationId: z.string() }), args, "inventoryLevel");
        const location = idOf(locationId, "Location");
        const level = location === null ? undefined : store.levels.get(levelKey(item.id, location));
        return level === undefined ? null : inventoryLevelObject(request, level);
      },
      inventoryLevels: (args) =>
        connection("InventoryLevelConnection", levels(), args, request, (level) => level.locationId, (level) =>
          inventoryLevelObject(request, level),
        ),
    },
    { interfaces: ["Node"] },
  );
}
