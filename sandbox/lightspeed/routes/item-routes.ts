import { formatLightspeedTime } from "../lightspeed-time-format";
import { costOfRead } from "../request-cost";
import { money, nested, str, type JsonObject } from "../r-series-json";
import type { SimItem } from "../sandbox-state";
import { serializeItemShop } from "./item-shop-routes";
import { listCost, listResponse, recordResponse, relationsOrNone, type ResourceSpec } from "./list-response";
import type { ApiRequest, Route } from "./route-types";

function serializeItem(request: ApiRequest) {
  return (item: SimItem, relations: readonly string[]): JsonObject => {
    const json: JsonObject = {
      itemID: str(item.itemId),
      systemSku: item.systemSku,
      defaultCost: "0.00",
      avgCost: "0.00",
      discountable: "true",
      tax: "true",
      archived: str(item.archived),
      itemType: "default",
      serialized: "false",
      description: item.description,
      modelYear: "0",
      upc: item.upc,
      ean: item.ean,
      customSku: item.customSku,
      manufacturerSku: item.manufacturerSku,
      createTime: formatLightspeedTime(item.createTime),
      timeStamp: formatLightspeedTime(item.timeStamp),
      categoryID: "0",
      taxClassID: "1",
      manufacturerID: "0",
      defaultVendorID: "0",
      itemMatrixID: "0",
      Prices: nested("ItemPrice", [
        { amount: money(item.defaultPrice), useTypeID: "1", useType: "Default" },
        { amount: money(item.defaultPrice), useTypeID: "2", useType: "MSRP" },
      ]),
    };
    if (relations.includes("ItemShops")) {
      const rows = [...request.state.itemShops.values()].filter((row) => row.itemId === item.itemId);
      json.ItemShops = nested("ItemShop", rows.map(serializeItemShop));
    }
    return json;
  };
}

function itemSpec(request: ApiRequest): ResourceSpec<SimItem> {
  return {
    name: "Item",
    id: (item) => item.itemId,
    relations: ["ItemShops"],
    archived: (item) => item.archived,
    serialize: serializeItem(request),
    fields: {
      itemID: { kind: "id", sortable: true, get: (item) => item.itemId },
      systemSku: { kind: "text", sortable: true, get: (item) => item.systemSku },
      customSku: { kind: "text", sortable: true, get: (item) => item.customSku },
      manufacturerSku: { kind: "text", get: (item) => item.manufacturerSku },
      upc: { kind: "text", get: (item) => item.upc },
      ean: { kind: "text", get: (item) => item.ean },
      description: { kind: "text", sortable: true, get: (item) => item.description },
      archived: { kind: "boolean", get: (item) => item.archived },
      createTime: { kind: "time", sortable: true, get: (item) => item.createTime },
      timeStamp: { kind: "time", sortable: true, get: (item) => item.timeStamp },
      /** Matches the item's id, UPC or EAN. */
      itemCode: { kind: "text", get: (item) => [String(item.itemId), item.upc, item.ean] },
    },
  };
}

export const itemRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^Item\.json$/,
    write: false,
    cost: (request) => listCost(request, ["ItemShops"]),
    handle: (request) => listResponse(itemSpec(request), request.state.items.values(), request),
  },
  {
    method: "GET",
    pattern: /^Item\/(\d+)\.json$/,
    write: false,
    cost: (request) => costOfRead(relationsOrNone(request.query, ["ItemShops"]), false, false),
    handle: (request) => {
      const id = request.params[0] ?? "";
      return recordResponse(itemSpec(request), request.state.items.get(Number(id)), request, id);
    },
  },
];
