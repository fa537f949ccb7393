import { z } from "zod";
import { createSale, findSaleForRefund, refundWholeSale, type SaleOutcome } from "./sale-engine";
import type { SandboxState } from "./sandbox-state";

/**
 * Sales made at the simulated register, as a cashier would: not through the API, so they cost the API client
 * nothing and it only learns of them by polling Sale and ItemShop by timeStamp.
 */

export const tillSaleInputSchema = z.object({
  shopID: z.number().int().positive().default(1),
  registerID: z.number().int().positive().optional(),
  employeeID: z.number().int().positive().optional(),
  customerID: z.number().int().positive().optional(),
  paymentTypeID: z.number().int().positive().optional(),
  lines: z
    .array(
      z.object({
        itemID: z.number().int().positive(),
        quantity: z.number().int().positive(),
        unitPrice: z.number().min(0).optional(),
      }),
    )
    .min(1),
});

export const tillRefundInputSchema = z.object({
  saleID: z.number().int().positive(),
  paymentTypeID: z.number().int().positive().optional(),
  /** Units to return per original line; left out, the whole sale. */
  lines: z
    .array(z.object({ saleLineID: z.number().int().positive(), quantity: z.number().int().positive() }))
    .optional(),
});

function cashTypeId(state: SandboxState): number {
  return [...state.paymentTypes.values()].find((type) => type.type === "cash" && !type.archived)?.paymentTypeId ?? 1;
}

function firstEmployee(state: SandboxState): number {
  return state.employees.keys().next().value ?? 1;
}

export function ringUpTillSale(
  state: SandboxState,
  input: z.input<typeof tillSaleInputSchema>,
  now: number,
): SaleOutcome {
  const sale = tillSaleInputSchema.parse(input);
  const shopRegister = [...state.registers.values()].find((register) => register.shopId === sale.shopID);
  const registerId = sale.registerID ?? shopRegister?.registerId;
  const total = sale.lines.reduce((sum, line) => {
    const price = line.unitPrice ?? state.items.get(line.itemID)?.defaultPrice ?? 0;
    return sum + Math.round(line.quantity * price * 100);
  }, 0);
  return createSale(
    state,
    {
      shopID: sale.shopID,
      registerID: registerId,
      employeeID: sale.employeeID ?? firstEmployee(state),
      customerID: sale.customerID,
      completed: true,
      SaleLines: {
        SaleLine: sale.lines.map((line) => ({
          itemID: line.itemID,
          unitQuantity: line.quantity,
          unitPrice: line.unitPrice,
        })),
      },
      SalePayments: { SalePayment: [{ paymentTypeID: sale.paymentTypeID ?? cashTypeId(state), amount: total / 100 }] },
    },
    { now, origin: "till" },
  );
}

export function ringUpTillRefund(
  state: SandboxState,
  input: z.input<typeof tillRefundInputSchema>,
  now: number,
): SaleOutcome {
  const refund = tillRefundInputSchema.parse(input);
  const original = findSaleForRefund(state, String(refund.saleID));
  if (!original) return { ok: false, status: 404, message: `Sale ${refund.saleID} not found` };
  const paymentTypeID = refund.paymentTypeID ?? cashTypeId(state);
  if (refund.lines === undefined) {
    return refundWholeSale(
      state,
      original,
      {
        shopID: original.shopId,
        registerID: original.registerId,
        employeeID: original.employeeId,
        SalePayment: [{ paymentTypeID }],
      },
      now,
    );
  }
  const lines = refund.lines.map((wanted) => {
    const line = original.lines.find((candidate) => candidate.saleLineId === wanted.saleLineID);
    return { wanted, line };
  });
  const missing = lines.find((entry) => entry.line === undefined);
  if (missing) {
    return { ok: false, status: 400, message: `Sale line ${missing.wanted.saleLineID} is not on sale ${original.saleId}` };
  }
  const saleLines = lines.flatMap(({ wanted, line }) =>
    line
      ? [{ itemID: line.itemId, unitQuantity: -wanted.quantity, unitPrice: line.unitPrice, parentSaleLineID: line.saleLineId }]
      : [],
  );
  const amount = saleLines.reduce((sum, line) => sum + Math.round(line.unitQuantity * line.unitPrice * 100), 0) / 100;
  return createSale(
    state,
    {
      shopID: original.shopId,
      registerID: original.registerId,
      employeeID: original.employeeId,
      customerID: original.customerId,
      completed: true,
      SaleLines: { SaleLine: saleLines },
      SalePayments: { SalePayment: [{ paymentTypeID, amount }] },
    },
    { now, origin: "till" },
  );
}
