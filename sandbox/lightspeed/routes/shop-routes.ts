import { formatLightspeedTime } from "../lightspeed-time-format";
import { nested, str, type JsonObject } from "../r-series-json";
import type { SimShop } from "../sandbox-state";
import { listCost, listResponse, type ResourceSpec } from "./list-response";
import type { ApiRequest, Route } from "./route-types";

function shopSpec(request: ApiRequest): ResourceSpec<SimShop> {
  return {
    name: "Shop",
    id: (shop) => shop.shopId,
    relations: ["Registers"],
    archived: (shop) => shop.archived,
    serialize: (shop, relations): JsonObject => {
      const json: JsonObject = {
        shopID: str(shop.shopId),
        name: shop.name,
        serviceRate: "0",
        timeZone: shop.timeZone,
        taxLabor: "false",
        archived: str(shop.archived),
        timeStamp: formatLightspeedTime(shop.timeStamp),
      };
      if (relations.includes("Registers")) {
        const registers = [...request.state.registers.values()].filter((register) => register.shopId === shop.shopId);
        json.Registers = nested(
          "Register",
          registers.map((register) => ({
            registerID: str(register.registerId),
            name: register.name,
            shopID: str(shop.shopId),
          })),
        );
      }
      return json;
    },
    fields: {
      shopID: { kind: "id", sortable: true, get: (shop) => shop.shopId },
      name: { kind: "text", sortable: true, get: (shop) => shop.name },
      timeStamp: { kind: "time", sortable: true, get: (shop) => shop.timeStamp },
    },
  };
}

export const shopRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^Shop\.json$/,
    write: false,
    cost: (request) => listCost(request, ["Registers"]),
    handle: (request) => listResponse(shopSpec(request), request.state.shops.values(), request),
  },
];
