import { formatLightspeedTime } from "../lightspeed-time-format";
import { costOfRead, costOfSaleWrite, REFUND_COST } from "../request-cost";
import { describeIssues, refundInputSchema, saleInputSchema } from "../sale-input-schema";
import { createSale, findSaleForRefund, refundWholeSale, type SaleOutcome } from "../sale-engine";
import { money, nested, str, type JsonObject } from "../r-series-json";
import type { SimSale, SimSaleLine, SimSalePayment } from "../sandbox-state";
import { lightspeedErrorBody } from "../http-io";
import {
  badRequest,
  listCost,
  listResponse,
  notFound,
  parseRelations,
  recordResponse,
  relationsOrNone,
  type ResourceSpec,
} from "./list-response";
import type { ApiRequest, Route, RouteResult } from "./route-types";

const SALE_RELATIONS = ["SaleLines", "SalePayments"] as const;

function time(millis: number | null): string {
  return millis === null ? "" : formatLightspeedTime(millis);
}

function serializeLine(line: SimSaleLine, customerId: number): JsonObject {
  const subtotal = line.unitQuantity * line.unitPrice;
  return {
    saleLineID: str(line.saleLineId),
    createTime: formatLightspeedTime(line.createTime),
    timeStamp: formatLightspeedTime(line.timeStamp),
    unitQuantity: str(line.unitQuantity),
    unitPrice: money(line.unitPrice),
    normalUnitPrice: money(line.unitPrice),
    discountAmount: "0",
    discountPercent: "0",
    avgCost: "0",
    fifoCost: "0",
    tax: "false",
    tax1Rate: "0",
    tax2Rate: "0",
    isLayaway: "false",
    isWorkorder: "false",
    isSpecialOrder: "false",
    calcLineDiscount: "0",
    calcTransactionDiscount: "0",
    calcTotal: money(subtotal),
    calcSubtotal: money(subtotal),
    calcTax1: "0",
    calcTax2: "0",
    taxClassID: "0",
    customerID: str(customerId),
    discountID: "0",
    employeeID: str(line.employeeId),
    itemID: str(line.itemId),
    noteID: "0",
    parentSaleLineID: str(line.parentSaleLineId),
    shopID: str(line.shopId),
    saleID: str(line.saleId),
  };
}

function serializePayment(payment: SimSalePayment): JsonObject {
  return {
    salePaymentID: str(payment.salePaymentId),
    amount: money(payment.amount),
    tipAmount: "0.00",
    createTime: formatLightspeedTime(payment.createTime),
    archived: "false",
    paymentTypeID: str(payment.paymentTypeId),
    saleID: str(payment.saleId),
  };
}

export function serializeSale(sale: SimSale, relations: readonly string[]): JsonObject {
  const paid = sale.payments.reduce((sum, payment) => sum + payment.amount, 0);
  const json: JsonObject = {
    saleID: str(sale.saleId),
    timeStamp: formatLightspeedTime(sale.timeStamp),
    discountPercent: "0",
    completed: str(sale.completed),
    archived: str(sale.archived),
    voided: str(sale.voided),
    enablePromotions: "false",
    isTaxInclusive: "false",
    createTime: formatLightspeedTime(sale.createTime),
    updatetime: formatLightspeedTime(sale.updateTime),
    completeTime: time(sale.completeTime),
    referenceNumber: sale.referenceNumber,
    referenceNumberSource: sale.referenceNumberSource,
    tax1Rate: "0",
    tax2Rate: "0",
    change: money(sale.change),
    ticketNumber: sale.ticketNumber,
    calcDiscount: "0",
    calcTotal: money(sale.total),
    calcSubtotal: money(sale.total),
    calcTaxable: money(sale.total),
    calcNonTaxable: "0",
    calcTax1: "0",
    calcTax2: "0",
    calcPayments: money(paid),
    total: money(sale.total),
    totalDue: money(sale.total),
    displayableTotal: money(sale.total),
    balance: money(sale.total - paid + sale.change),
    customerID: str(sale.customerId),
    discountID: "0",
    employeeID: str(sale.employeeId),
    quoteID: "0",
    registerID: str(sale.registerId),
    shipToID: "0",
    shopID: str(sale.shopId),
    taxCategoryID: "0",
  };
  if (relations.includes("SaleLines")) {
    json.SaleLines = nested("SaleLine", sale.lines.map((line) => serializeLine(line, sale.customerId)));
  }
  if (relations.includes("SalePayments")) json.SalePayments = nested("SalePayment", sale.payments.map(serializePayment));
  return json;
}

const saleSpec: ResourceSpec<SimSale> = {
  name: "Sale",
  id: (sale) => sale.saleId,
  relations: SALE_RELATIONS,
  archived: (sale) => sale.archived,
  serialize: serializeSale,
  fields: {
    saleID: { kind: "id", sortable: true, get: (sale) => sale.saleId },
    timeStamp: { kind: "time", sortable: true, get: (sale) => sale.timeStamp },
    completeTime: { kind: "time", sortable: true, get: (sale) => sale.completeTime },
    createTime: { kind: "time", get: (sale) => sale.createTime },
    updatetime: { kind: "time", sortable: true, get: (sale) => sale.updateTime },
    completed: { kind: "boolean", get: (sale) => sale.completed },
    voided: { kind: "boolean", get: (sale) => sale.voided },
    referenceNumber: { kind: "text", get: (sale) => sale.referenceNumber },
    referenceNumberSource: { kind: "text", get: (sale) => sale.referenceNumberSource },
    ticketNumber: { kind: "text", get: (sale) => sale.ticketNumber },
    shopID: { kind: "id", get: (sale) => sale.shopId },
    registerID: { kind: "id", get: (sale) => sale.registerId },
    employeeID: { kind: "id", get: (sale) => sale.employeeId },
    customerID: { kind: "id", get: (sale) => sale.customerId },
    total: { kind: "number", get: (sale) => sale.total },
  },
};

function saleResult(outcome: SaleOutcome, request: ApiRequest): RouteResult {
  if (!outcome.ok) {
    return { status: outcome.status, body: lightspeedErrorBody(outcome.status, outcome.message, "Exception\\Validation") };
  }
  return { status: 200, body: { Sale: serializeSale(outcome.sale, relationsOrNone(request.query, SALE_RELATIONS)) } };
}

export const saleRoutes: Route[] = [
  {
    method: "GET",
    pattern: /^Sale\.json$/,
    write: false,
    cost: (request) => listCost(request, SALE_RELATIONS),
    handle: (request) => listResponse(saleSpec, request.state.sales.values(), request),
  },
  {
    method: "GET",
    pattern: /^Sale\/(\d+)\.json$/,
    write: false,
    cost: (request) => costOfRead(relationsOrNone(request.query, SALE_RELATIONS), false, false),
    handle: (request) => {
      const id = request.params[0] ?? "";
      return recordResponse(saleSpec, request.state.sales.get(Number(id)), request, id);
    },
  },
  {
    method: "POST",
    pattern: /^Sale\.json$/,
    write: true,
    cost: (request) => costOfSaleWrite(request.body, relationsOrNone(request.query, SALE_RELATIONS)),
    handle: (request) => {
      const relations = parseRelations(request.query, SALE_RELATIONS);
      if (!Array.isArray(relations)) return badRequest(relations.error);
      const parsed = saleInputSchema.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      return saleResult(createSale(request.state, parsed.data, { now: request.now, origin: "api" }), request);
    },
  },
  {
    method: "POST",
    pattern: /^Sale\/([^/]+)\/refund\.json$/,
    write: true,
    cost: () => REFUND_COST,
    handle: (request) => {
      const relations = parseRelations(request.query, SALE_RELATIONS);
      if (!Array.isArray(relations)) return badRequest(relations.error);
      const original = findSaleForRefund(request.state, request.params[0] ?? "");
      if (!original) return notFound(`Sale ${request.params[0] ?? ""} not found`);
      const parsed = refundInputSchema.safeParse(request.body);
      if (!parsed.success) return badRequest(describeIssues(parsed.error));
      return saleResult(refundWholeSale(request.state, original, parsed.data, request.now), request);
    },
  },
];
