import { z } from "zod";
import {
  booleanish,
  id,
  nestedList,
  numeric,
  optionalId,
  optionalNumeric,
  optionalText,
  optionalTimestamp,
  timestamp,
} from "./normalise-json";

const saleLineSchema = z
  .object({
    saleLineID: id,
    itemID: optionalId,
    unitQuantity: numeric,
    unitPrice: numeric,
    parentSaleLineID: optionalId.optional(),
    timeStamp: optionalTimestamp.optional(),
  })
  .transform((raw) => ({
    saleLineId: raw.saleLineID,
    itemId: raw.itemID,
    /** Negative on a refund. */
    unitQuantity: raw.unitQuantity,
    unitPrice: raw.unitPrice,
    parentSaleLineId: raw.parentSaleLineID ?? null,
  }));

const salePaymentSchema = z
  .object({ salePaymentID: id, paymentTypeID: id, amount: numeric })
  .transform((raw) => ({ salePaymentId: raw.salePaymentID, paymentTypeId: raw.paymentTypeID, amount: raw.amount }));

/** One R-Series Sale; a refund is a Sale too, with negative lines that point at the lines they return. */
export const saleSchema = z
  .object({
    saleID: id,
    completed: booleanish,
    voided: booleanish,
    archived: booleanish,
    referenceNumber: optionalText.optional(),
    referenceNumberSource: optionalText.optional(),
    shopID: optionalId,
    registerID: optionalId,
    employeeID: optionalId,
    customerID: optionalId,
    total: optionalNumeric.optional(),
    createTime: optionalTimestamp.optional(),
    completeTime: optionalTimestamp.optional(),
    timeStamp: timestamp,
    SaleLines: nestedList("SaleLine", saleLineSchema).optional(),
    SalePayments: nestedList("SalePayment", salePaymentSchema).optional(),
  })
  .transform((raw) => ({
    saleId: raw.saleID,
    completed: raw.completed,
    voided: raw.voided,
    archived: raw.archived,
    referenceNumber: raw.referenceNumber ?? null,
    referenceNumberSource: raw.referenceNumberSource ?? null,
    shopId: raw.shopID,
    registerId: raw.registerID,
    employeeId: raw.employeeID,
    customerId: raw.customerID,
    total: raw.total ?? null,
    createTime: raw.createTime ?? null,
    completeTime: raw.completeTime ?? null,
    timeStamp: raw.timeStamp,
    /** Empty when the lines were not loaded, as well as when there are none. */
    lines: raw.SaleLines ?? [],
    payments: raw.SalePayments ?? [],
  }));

export type LightspeedSale = z.output<typeof saleSchema>;
export type LightspeedSaleLine = LightspeedSale["lines"][number];
export type LightspeedSalePayment = LightspeedSale["payments"][number];
