import type { LightspeedTransport } from "../lightspeed-transport";
import type { RefundSaleInput, SaleWriteResult } from "../lightspeed-adapter";
import { loadRelationsParam, REFUND_COST, saleWriteCost, type LightspeedRelation } from "../request-cost";
import { singleRecordSchema } from "../schemas/list-page-schema";
import { saleSchema, type LightspeedSale, type LightspeedSaleLine } from "../schemas/sale-schema";
import { roundMoney } from "./round-money";
import { findSaleByReference, getSale } from "./sale-lookups";
import { asSaleWriteResult, writeAtMostOnce } from "./write-at-most-once";

const RETURNED_RELATIONS: LightspeedRelation[] = ["SaleLines"];

type RefundLine = { itemId: string; unitQuantity: number; unitPrice: number; parentSaleLineId: string };

/** Matches the requested units to the original sale's lines (by line id, or the first line of the item). */
function refundLines(original: LightspeedSale, requested: NonNullable<RefundSaleInput["lines"]>): RefundLine[] {
  return requested.map((wanted) => {
    if (!Number.isInteger(wanted.quantity) || wanted.quantity <= 0) {
      throw new Error("Refund quantities must be positive whole numbers");
    }
    const line: LightspeedSaleLine | undefined = original.lines.find((candidate) =>
      wanted.saleLineId !== undefined
        ? candidate.saleLineId === wanted.saleLineId
        : candidate.itemId === wanted.itemId && candidate.unitQuantity > 0,
    );
    if (!line || line.itemId === null) {
      throw new Error(`Sale ${original.saleId} has no line for ${wanted.saleLineId ?? `item ${wanted.itemId ?? "?"}`}`);
    }
    if (wanted.quantity > line.unitQuantity) {
      throw new Error(`Cannot refund ${wanted.quantity} of line ${line.saleLineId}: only ${line.unitQuantity} sold`);
    }
    return {
      itemId: line.itemId,
      unitQuantity: -wanted.quantity,
      unitPrice: line.unitPrice,
      parentSaleLineId: line.saleLineId,
    };
  });
}

/**
 * Refunds a sale in Lightspeed (a refund is always a new sale, created completed, which puts the units back):
 * - the whole sale: `POST Sale/{id}/refund.json` with the register, employee, shop and the payment type;
 * - some lines: a new completed sale whose lines have negative quantities and point at the original lines
 *   (`parentSaleLineID`), paid back with a negative payment of the same amount.
 * Either way the external refund id rides as `referenceNumber`/`referenceNumberSource`, so the refund is looked
 * up, never duplicated, after an ambiguous failure. (That the whole-sale refund endpoint stores the reference is
 * an assumption the sandbox shares; the partial path uses plain Sale fields.)
 */
export async function refundSale(transport: LightspeedTransport, input: RefundSaleInput): Promise<SaleWriteResult> {
  const reference = { referenceNumber: input.referenceNumber, referenceNumberSource: input.referenceNumberSource };
  const schema = singleRecordSchema("Sale", saleSchema);
  const relationsParam = { load_relations: loadRelationsParam(RETURNED_RELATIONS) };
  const requested = input.lines;

  const post =
    requested === undefined
      ? () =>
          transport.send(
            {
              method: "POST",
              url: transport.accountUrl(`Sale/${encodeURIComponent(input.saleId)}/refund.json`, relationsParam),
              body: {
                employeeID: input.employeeId,
                registerID: input.registerId,
                shopID: input.shopId,
                referenceNumber: input.referenceNumber,
                referenceNumberSource: input.referenceNumberSource,
                SalePayment: { paymentTypeID: input.paymentTypeId },
              },
              cost: REFUND_COST,
              signal: input.signal,
            },
            schema,
          )
      : async () => {
          const original = await getSale(transport, input.saleId, { signal: input.signal });
          const lines = refundLines(original, requested);
          const amount = roundMoney(lines.reduce((sum, line) => sum + line.unitQuantity * line.unitPrice, 0));
          return transport.send(
            {
              method: "POST",
              url: transport.accountUrl("Sale.json", relationsParam),
              body: {
                shopID: input.shopId,
                registerID: input.registerId,
                employeeID: input.employeeId,
                ...(original.customerId ? { customerID: original.customerId } : {}),
                completed: true,
                referenceNumber: input.referenceNumber,
                referenceNumberSource: input.referenceNumberSource,
                SaleLines: {
                  SaleLine: lines.map((line) => ({
                    itemID: line.itemId,
                    unitQuantity: line.unitQuantity,
                    unitPrice: line.unitPrice,
                    parentSaleLineID: line.parentSaleLineId,
                  })),
                },
                SalePayments: { SalePayment: [{ paymentTypeID: input.paymentTypeId, amount }] },
              },
              cost: saleWriteCost({ completed: true, lines: lines.length, relations: RETURNED_RELATIONS }),
              signal: input.signal,
            },
            schema,
          );
        };

  const written = await writeAtMostOnce(transport.config, {
    reference: `${input.referenceNumberSource}:${input.referenceNumber}`,
    checkExistingFirst: input.checkExistingFirst ?? true,
    signal: input.signal,
    lookup: () => findSaleByReference(transport, reference, { signal: input.signal }),
    post,
  });
  return asSaleWriteResult(written);
}
