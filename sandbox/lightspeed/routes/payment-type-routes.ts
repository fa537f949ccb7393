import { z } from "zod";
import { costOfRead, costOfWrite } from "../request-cost";
import { booleanLike, describeIssues } from "../sale-input-schema";
import { str, type JsonObject } from "../r-series-json";
import { takeId, type SimPaymentType } from "../sandbox-state";
import { badRequest, listResponse, type ResourceSpec } from "./list-response";
import type { Route } from "./route-types";

function serializePaymentType(type: SimPaymentType): JsonObject {
  return {
    paymentTypeID: str(type.paymentTypeId),
    code: "",
    name: type.name,
    requireCustomer: str(type.requireCustomer),
    archived: str(type.archived),
    internalReserved: str(type.internalReserved),
    type: type.type,
    refundAsPaymentTypeID: str(type.paymentTypeId),
  };
}

const paymentTypeSpec: ResourceSpec<SimPaymentType> = {
  name: "PaymentType",
  id: (type) => type.paymentTypeId,
  relations: [],
  archived: (type) => type.archived,
  serialize: serializePaymentType,
  fields: {
    paymentTypeID: { kind: "id", sortable: true, get: (type) => type.paymentTypeId },
    name: { kind: "text", sortable: true, get: (type) => type.name },
    type: { kind: "text", get: (type) => type.type },
  },
};

const createInput = z.object({ name: z.string().trim().min(1), requireCustomer: booleanLike.optional() });

export const paymentTypeRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^PaymentType\.json$/,
    write: false,
    cost: (request) => costOfRead([], true, request.query.get("count") === "1"),
    handle: (request) => listResponse(paymentTypeSpec, request.state.paymentTypes.values(), request),
  },
  {
    method: "POST",
    pattern: /^PaymentType\.json$/,
    write: true,
    cost: () => costOfWrite([]),
    handle: (request) => {
      const parsed = createInput.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      const type: SimPaymentType = {
        paymentTypeId: takeId(request.state, "paymentType"),
        name: parsed.data.name,
        type: "user defined",
        requireCustomer: parsed.data.requireCustomer ?? false,
        internalReserved: false,
        archived: false,
      };
      request.state.paymentTypes.set(type.paymentTypeId, type);
      return { status: 200, body: { PaymentType: serializePaymentType(type) } };
    },
  },
];
