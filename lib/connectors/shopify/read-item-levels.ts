import { z } from "zod";
import type { GraphqlExecutor } from "./execute-graphql";
import { succeed, type ShopifyResult } from "./shopify-result";

/** `available` of each inventory item at one location; null when the item is unknown or not stocked there. */
export type ItemLevel = { inventoryItemId: string; available: number | null };

export const itemLevelsQuery = `query ItemLevels($ids: [ID!]!, $locationId: ID!) {
  nodes(ids: $ids) {
    ... on InventoryItem {
      id
      inventoryLevel(locationId: $locationId) {
        quantities(names: ["available"]) { name quantity }
      }
    }
  }
}`;

const dataSchema = z.object({
  nodes: z.array(
    z
      .object({
        id: z.string().optional(),
        inventoryLevel: z
          .object({ quantities: z.array(z.object({ name: z.string(), quantity: z.number().int() })) })
          .nullable()
          .optional(),
      })
      .nullable(),
  ),
});

/** At most this many items per query (Shopify's `nodes` takes up to 250 ids). */
export const maxItemsPerLevelRead = 100;

/** Reads the current `available` of a few items at a location: what a stale compare-and-set needs to recompute. */
export async function readItemLevels(
  execute: GraphqlExecutor,
  args: { inventoryItemIds: readonly string[]; locationId: string },
): Promise<ShopifyResult<ItemLevel[]>> {
  const levels: ItemLevel[] = [];
  for (let start = 0; start < args.inventoryItemIds.length; start += maxItemsPerLevelRead) {
    const ids = args.inventoryItemIds.slice(start, start + maxItemsPerLevelRead);
    const result = await execute({
      operationName: "ItemLevels",
      query: itemLevelsQuery,
      variables: { ids, locationId: args.locationId },
      cost: 1 + ids.length * 3,
      data: dataSchema,
      retry: "always",
    });
    if (!result.ok) return result;
    ids.forEach((inventoryItemId, index) => {
      const node = result.value.data.nodes[index];
      const available = node?.inventoryLevel?.quantities.find((quantity) => quantity.name === "available")?.quantity ?? null;
      levels.push({ inventoryItemId, available });
    });
  }
  return succeed(levels);
}
