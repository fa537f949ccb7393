import { z } from "zod";
import { reconcileCount } from "../count-reconcile";
import { lightspeedErrorBody } from "../http-io";
import { formatLightspeedTime } from "../lightspeed-time-format";
import { costOfRead, costOfWrite, INVENTORY_COUNT_RECONCILE_COST } from "../request-cost";
import { describeIssues, idLike } from "../sale-input-schema";
import { oneOrMany, str, type JsonObject } from "../r-series-json";
import {
  takeId,
  type SandboxState,
  type SimInventoryCount,
  type SimInventoryCountItem,
  type SimInventoryCountReconcile,
} from "../sandbox-state";
import { badRequest, listResponse, notFound, recordResponse, type ResourceSpec } from "./list-response";
import type { Route } from "./route-types";

function serializeCount(count: SimInventoryCount): JsonObject {
  return {
    inventoryCountID: str(count.inventoryCountId),
    name: count.name,
    timeStamp: formatLightspeedTime(count.timeStamp),
    archived: str(count.archived),
    shopID: str(count.shopId),
  };
}

function serializeCountItem(line: SimInventoryCountItem): JsonObject {
  return {
    inventoryCountItemID: str(line.inventoryCountItemId),
    qty: str(line.qty),
    timeStamp: formatLightspeedTime(line.timeStamp),
    inventoryCountID: str(line.inventoryCountId),
    itemID: str(line.itemId),
    employeeID: str(line.employeeId),
  };
}

function serializeReconcile(reconcile: SimInventoryCountReconcile): JsonObject {
  return {
    inventoryCountReconcileID: str(reconcile.inventoryCountReconcileId),
    costChange: "0",
    qohChange: str(reconcile.qohChange),
    createTime: formatLightspeedTime(reconcile.createTime),
    inventoryCountID: str(reconcile.inventoryCountId),
    itemID: str(reconcile.itemId),
  };
}

const countSpec: ResourceSpec<SimInventoryCount> = {
  name: "InventoryCount",
  id: (count) => count.inventoryCountId,
  relations: [],
  archived: (count) => count.archived,
  serialize: serializeCount,
  fields: {
    inventoryCountID: { kind: "id", sortable: true, get: (count) => count.inventoryCountId },
    name: { kind: "text", get: (count) => count.name },
    shopID: { kind: "id", get: (count) => count.shopId },
    timeStamp: { kind: "time", get: (count) => count.timeStamp },
  },
};

const countItemSpec: ResourceSpec<SimInventoryCountItem> = {
  name: "InventoryCountItem",
  id: (line) => line.inventoryCountItemId,
  relations: [],
  serialize: serializeCountItem,
  fields: {
    inventoryCountItemID: { kind: "id", sortable: true, get: (line) => line.inventoryCountItemId },
    inventoryCountID: { kind: "id", sortable: true, get: (line) => line.inventoryCountId },
    itemID: { kind: "id", sortable: true, get: (line) => line.itemId },
  },
};

const reconcileSpec: ResourceSpec<SimInventoryCountReconcile> = {
  name: "InventoryCountReconcile",
  id: (reconcile) => reconcile.inventoryCountReconcileId,
  relations: [],
  serialize: serializeReconcile,
  fields: {
    inventoryCountReconcileID: { kind: "id", sortable: true, get: (reconcile) => reconcile.inventoryCountReconcileId },
    inventoryCountID: { kind: "id", sortable: true, get: (reconcile) => reconcile.inventoryCountId },
    itemID: { kind: "id", sortable: true, get: (reconcile) => reconcile.itemId },
  },
};

const countInput = z.object({ name: z.string().trim().min(1), shopID: idLike });
const countItemInput = z.object({
  inventoryCountID: idLike,
  itemID: idLike,
  employeeID: idLike,
  qty: z.union([z.number().int().min(0), z.string().regex(/^\d+$/).transform(Number)]),
});
const reconcileInput = z.object({ inventoryCountID: idLike, itemID: idLike.optional() });

/** `GET <Resource>.json`: filtered, sorted and paged like every list. */
function listRoute<Record>(pattern: RegExp, spec: ResourceSpec<Record>, records: (state: SandboxState) => Iterable<Record>): Route {
  return {
    method: "GET",
    pattern,
    write: false,
    cost: (request) => costOfRead([], true, request.query.get("count") === "1"),
    handle: (request) => listResponse(spec, records(request.state), request),
  };
}

function refused(status: 400 | 404, message: string) {
  return { status, body: lightspeedErrorBody(status, message, "Exception\\Validation") };
}

/**
 * `InventoryCount`, `InventoryCountItem` and `InventoryCountReconcile`: the documented way to set stock in bulk.
 * A count and its lines change nothing; reconciling them sets qoh (see count-reconcile.ts).
 */
export const inventoryCountRoutes: Route[] = [
  listRoute(/^InventoryCount\.json$/, countSpec, (state) => state.inventoryCounts.values()),
  {
    method: "GET",
    pattern: /^InventoryCount\/(\d+)\.json$/,
    write: false,
    cost: () => costOfRead([], false, false),
    handle: (request) => {
      const id = request.params[0] ?? "";
      return recordResponse(countSpec, request.state.inventoryCounts.get(Number(id)), request, id);
    },
  },
  {
    method: "POST",
    pattern: /^InventoryCount\.json$/,
    write: true,
    cost: () => costOfWrite([]),
    handle: (request) => {
      const parsed = countInput.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      if (!request.state.shops.has(parsed.data.shopID)) return refused(400, `Shop ${parsed.data.shopID} does not exist.`);
      const count: SimInventoryCount = {
        inventoryCountId: takeId(request.state, "inventoryCount"),
        name: parsed.data.name,
        shopId: parsed.data.shopID,
        archived: false,
        timeStamp: request.now,
      };
      request.state.inventoryCounts.set(count.inventoryCountId, count);
      return { status: 200, body: { InventoryCount: serializeCount(count) } };
    },
  },
  listRoute(/^InventoryCountItem\.json$/, countItemSpec, (state) => state.inventoryCountItems.values()),
  {
    method: "POST",
    pattern: /^InventoryCountItem\.json$/,
    write: true,
    cost: () => costOfWrite([]),
    handle: (request) => {
      const parsed = countItemInput.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      const input = parsed.data;
      if (!request.state.inventoryCounts.has(input.inventoryCountID)) return notFound(`InventoryCount ${input.inventoryCountID} not found`);
      if (!request.state.items.has(input.itemID)) return refused(400, `Item ${input.itemID} does not exist.`);
      if (!request.state.employees.has(input.employeeID)) return refused(400, `Employee ${input.employeeID} does not exist.`);
      const line: SimInventoryCountItem = {
        inventoryCountItemId: takeId(request.state, "inventoryCountItem"),
        inventoryCountId: input.inventoryCountID,
        itemId: input.itemID,
        employeeId: input.employeeID,
        qty: input.qty,
        timeStamp: request.now,
      };
      request.state.inventoryCountItems.set(line.inventoryCountItemId, line);
      return { status: 200, body: { InventoryCountItem: serializeCountItem(line) } };
    },
  },
  listRoute(/^InventoryCountReconcile\.json$/, reconcileSpec, (state) => state.inventoryCountReconciles.values()),
  {
    method: "POST",
    pattern: /^InventoryCountReconcile\.json$/,
    write: true,
    cost: () => INVENTORY_COUNT_RECONCILE_COST,
    handle: (request) => {
      const parsed = reconcileInput.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      const count = request.state.inventoryCounts.get(parsed.data.inventoryCountID);
      if (!count) return notFound(`InventoryCount ${parsed.data.inventoryCountID} not found`);
      const outcome = reconcileCount(request.state, count, parsed.data.itemID, request.now);
      if (!outcome.ok) return refused(outcome.status, outcome.message);
      const records = outcome.reconciles.map(serializeReconcile);
      return { status: 200, body: records.length === 0 ? {} : { InventoryCountReconcile: oneOrMany(records) } };
    },
  },
];
