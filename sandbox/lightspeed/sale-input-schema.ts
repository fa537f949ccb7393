import { z } from "zod";

/** Sandbox-side parsing of what a client POSTs: R-Series accepts numbers as numbers or strings, one line or many. */

export const numberLike = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
export const idLike = z.union([z.number().int().min(0), z.string().regex(/^\d+$/).transform(Number)]);
export const booleanLike = z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]);
const textLike = z.union([z.string(), z.number().transform(String)]);

export function oneOrList<Item extends z.ZodType>(item: Item) {
  return z.union([z.array(item), item.transform((value) => [value])]);
}

export const saleLineInputSchema = z.object({
  itemID: idLike,
  unitQuantity: numberLike,
  unitPrice: numberLike.optional(),
  parentSaleLineID: idLike.optional(),
});

export const salePaymentInputSchema = z.object({ paymentTypeID: idLike, amount: numberLike });

export const saleInputSchema = z.object({
  shopID: idLike,
  registerID: idLike.optional(),
  employeeID: idLike,
  customerID: idLike.optional(),
  completed: booleanLike.optional(),
  referenceNumber: textLike.optional(),
  referenceNumberSource: textLike.optional(),
  completeTime: z.string().optional(),
  SaleLines: z.union([z.literal(""), z.object({ SaleLine: oneOrList(saleLineInputSchema) })]).optional(),
  SalePayments: z.union([z.literal(""), z.object({ SalePayment: oneOrList(salePaymentInputSchema) })]).optional(),
});

export type SaleInput = z.output<typeof saleInputSchema>;

export const refundInputSchema = z.object({
  employeeID: idLike,
  registerID: idLike,
  shopID: idLike,
  referenceNumber: textLike.optional(),
  referenceNumberSource: textLike.optional(),
  SalePayment: oneOrList(z.object({ paymentTypeID: idLike, amount: numberLike.optional() })),
});

export type RefundInput = z.output<typeof refundInputSchema>;

/** zod issues as one line, for a 400 message. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
}
