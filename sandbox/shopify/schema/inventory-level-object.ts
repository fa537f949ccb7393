import { z } from "zod";
import { graphObject, type GraphObject } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { inventoryLevelGid } from "../state/gid";
import type { LevelState } from "../state/store-state";
import { graphqlDateTime } from "./graphql-time";
import { inventoryItemObject } from "./inventory-item-object";
import { locationObject } from "./location-object";
import { parseArgs } from "./parse-args";
import type { RequestContext } from "./request-context";

export const quantityNames = [
  "available",
  "committed",
  "damaged",
  "incoming",
  "on_hand",
  "quality_control",
  "reserved",
  "safety_stock",
] as const;

/** A quantity by name; the sandbox keeps available and committed, so on_hand = available + committed. */
export function quantityOf(level: LevelState, name: string): number {
  if (name === "available") return level.available;
  if (name === "committed") return level.committed;
  if (name === "on_hand") return level.available + level.committed;
  return 0;
}

export function inventoryLevelObject(request: RequestContext, level: LevelState): GraphObject {
  const { store } = request;
  return graphObject(
    "InventoryLevel",
    {
      id: () => inventoryLevelGid(level.inventoryItemId, level.locationId),
      updatedAt: () => graphqlDateTime(level.updatedAt),
      location: () => {
        const location = store.locations.get(level.locationId);
        return location === undefined ? null : locationObject(location);
      },
      item: () => {
        const item = store.inventoryItems.get(level.inventoryItemId);
        return item === undefined ? null : inventoryItemObject(request, item);
      },
      quantities: (args) => {
        const { names } = parseArgs(z.object({ names: z.array(z.string()) }), args, "quantities");
        return names.map((name) => {
          if (!quantityNames.some((known) => known === name)) {
            throw new GraphqlRequestError(`The quantity name '${name}' is invalid.`, { code: "BAD_REQUEST" });
          }
          return graphObject("InventoryQuantity", {
            name: () => name,
            quantity: () => quantityOf(level, name),
            updatedAt: () => graphqlDateTime(level.updatedAt),
          });
        });
      },
    },
    { interfaces: ["Node"] },
  );
}
