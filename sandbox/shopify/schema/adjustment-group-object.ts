import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid } from "../state/gid";
import type { AdjustmentGroupState, StoreState } from "../state/store-state";
import { graphqlDateTime } from "./graphql-time";
import { inventoryItemObject } from "./inventory-item-object";
import { locationObject } from "./location-object";
import type { RequestContext } from "./request-context";

export function adjustmentGroupObject(request: RequestContext, group: AdjustmentGroupState): GraphObject {
  const store: StoreState = request.store;
  return graphObject(
    "InventoryAdjustmentGroup",
    {
      id: () => gid("InventoryAdjustmentGroup", group.id),
      createdAt: () => graphqlDateTime(group.createdAt),
      reason: () => group.reason,
      referenceDocumentUri: () => group.referenceDocumentUri,
      changes: () =>
        group.changes.map((change) =>
          graphObject("InventoryChange", {
            name: () => change.name,
            delta: () => change.delta,
            quantityAfterChange: () => change.quantityAfterChange,
            ledgerDocumentUri: () => null,
            item: () => {
              const item = store.inventoryItems.get(change.inventoryItemId);
              return item === undefined ? null : inventoryItemObject(request, item);
            },
            location: () => {
              const location = store.locations.get(change.locationId);
              return location === undefined ? null : locationObject(location);
            },
          }),
        ),
    },
    { interfaces: ["Node"] },
  );
}

