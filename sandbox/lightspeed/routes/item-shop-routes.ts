import { formatLightspeedTime } from "../lightspeed-time-format";
import { costOfRead } from "../request-cost";
import { str, type JsonObject } from "../r-series-json";
import type { SimItemShop } from "../sandbox-state";
import { listResponse, recordResponse, type ResourceSpec } from "./list-response";
import type { Route } from "./route-types";

export function serializeItemShop(row: SimItemShop): JsonObject {
  return {
    itemShopID: str(row.itemShopId),
    qoh: str(row.qoh),
    /** Never below 0, even when qoh is. */
    sellable: str(Math.max(0, row.qoh)),
    backorder: str(row.backorder),
    componentQoh: "0",
    componentBackorder: "0",
    reorderPoint: str(row.reorderPoint),
    reorderLevel: str(row.reorderLevel),
    timeStamp: formatLightspeedTime(row.timeStamp),
    itemID: str(row.itemId),
    shopID: str(row.shopId),
  };
}

const itemShopSpec: ResourceSpec<SimItemShop> = {
  name: "ItemShop",
  id: (row) => row.itemShopId,
  relations: [],
  serialize: serializeItemShop,
  fields: {
    itemShopID: { kind: "id", sortable: true, get: (row) => row.itemShopId },
    itemID: { kind: "id", sortable: true, get: (row) => row.itemId },
    shopID: { kind: "id", sortable: true, get: (row) => row.shopId },
    qoh: { kind: "number", sortable: true, get: (row) => row.qoh },
    reorderPoint: { kind: "number", get: (row) => row.reorderPoint },
    timeStamp: { kind: "time", sortable: true, get: (row) => row.timeStamp },
  },
};

/** `GET ItemShop.json` (added 2025-05): the documented way to poll stock, by timeStamp. */
export const itemShopRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^ItemShop\.json$/,
    write: false,
    cost: (request) => costOfRead([], true, request.query.get("count") === "1"),
    handle: (request) => listResponse(itemShopSpec, request.state.itemShops.values(), request),
  },
  {
    method: "GET",
    pattern: /^ItemShop\/(\d+)\.json$/,
    write: false,
    cost: () => costOfRead([], false, false),
    handle: (request) => {
      const id = request.params[0] ?? "";
      return recordResponse(itemShopSpec, request.state.itemShops.get(Number(id)), request, id);
    },
  },
];
