import type { LightspeedTransport } from "../lightspeed-transport";
import type { CreateCompletedSaleInput, SaleWriteResult } from "../lightspeed-adapter";
import { formatLightspeedTime } from "../lightspeed-time";
import { loadRelationsParam, saleWriteCost, type LightspeedRelation } from "../request-cost";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { saleSchema } from "../schemas/sale-schema";
import { findSaleByReference } from "./sale-lookups";
import { roundMoney } from "./round-money";
import { asSaleWriteResult, writeAtMostOnce } from "./write-at-most-once";

const RETURNED_RELATIONS: LightspeedRelation[] = ["SaleLines"];

/** The POST body of a completed sale: lines and payments nested, the external order id as reference. */
export function completedSaleBody(input: CreateCompletedSaleInput) {
  return {
    shopID: input.shopId,
    registerID: input.registerId,
    employeeID: input.employeeId,
    ...(input.customerId ? { customerID: input.customerId } : {}),
    completed: true,
    referenceNumber: input.referenceNumber,
    referenceNumberSource: input.referenceNumberSource,
    ...(input.completeTime === undefined ? {} : { completeTime: formatLightspeedTime(input.completeTime) }),
    SaleLines: {
      SaleLine: input.lines.map((line) => ({
        itemID: line.itemId,
        unitQuantity: line.quantity,
        ...(line.unitPrice === undefined ? {} : { unitPrice: roundMoney(line.unitPrice) }),
      })),
    },
    SalePayments: {
      SalePayment: input.payments.map((payment) => ({
        paymentTypeID: payment.paymentTypeId,
        amount: roundMoney(payment.amount),
      })),
    },
  };
}

/**
 * Posts an online order as a completed Lightspeed sale (which removes the stock), at most once per reference:
 * never retried blindly, always looked up by `referenceNumber` after an ambiguous failure.
 */
export async function createCompletedSale(
  transport: LightspeedTransport,
  input: CreateCompletedSaleInput,
): Promise<SaleWriteResult> {
  if (input.lines.length === 0) throw new Error("A sale needs at least one line");
  if (input.lines.some((line) => !Number.isInteger(line.quantity) || line.quantity <= 0)) {
    throw new Error("Sale line quantities must be positive whole numbers");
  }
  const reference = { referenceNumber: input.referenceNumber, referenceNumberSource: input.referenceNumberSource };
  const schema = singleRecordSchema("Sale", saleSchema);
  const written = await writeAtMostOnce(transport.config, {
    reference: `${input.referenceNumberSource}:${input.referenceNumber}`,
    checkExistingFirst: input.checkExistingFirst ?? true,
    signal: input.signal,
    lookup: () => findSaleByReference(transport, reference, { signal: input.signal }),
    post: () =>
      transport.send(
        {
          method: "POST",
          url: transport.accountUrl("Sale.json", { load_relations: loadRelationsParam(RETURNED_RELATIONS) }),
          body: completedSaleBody(input),
          cost: saleWriteCost({ completed: true, lines: input.lines.length, relations: RETURNED_RELATIONS }),
          signal: input.signal,
        },
        schema,
      ),
  });
  return asSaleWriteResult(written);
}
