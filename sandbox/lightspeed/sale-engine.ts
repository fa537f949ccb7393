import { parseLightspeedTime } from "./lightspeed-time-format";
import type { RefundInput, SaleInput } from "./sale-input-schema";
import { takeId, type SandboxState, type SimSale, type SimSaleLine } from "./sandbox-state";
import { moveStock } from "./stock";

export type SaleOutcome = { ok: true; sale: SimSale } | { ok: false; status: number; message: string };

function cents(amount: number): number {
  return Math.round(amount * 100);
}

function refused(message: string, status = 400): SaleOutcome {
  return { ok: false, status, message };
}

/** Units of a sold line already returned by refunds (lines pointing at it). */
export function refundedQuantity(state: SandboxState, saleLineId: number): number {
  let returned = 0;
  for (const sale of state.sales.values()) {
    if (!sale.completed || sale.voided) continue;
    for (const line of sale.lines) {
      if (line.parentSaleLineId === saleLineId) returned += -line.unitQuantity;
    }
  }
  return returned;
}

function findLine(state: SandboxState, saleLineId: number): { sale: SimSale; line: SimSaleLine } | null {
  for (const sale of state.sales.values()) {
    const line = sale.lines.find((candidate) => candidate.saleLineId === saleLineId);
    if (line) return { sale, line };
  }
  return null;
}

/**
 * Creates a sale as `POST Sale.json` does. A completed sale must balance (payments equal the total; a cash
 * overpayment becomes change), removes its units from the shop's ItemShop.qoh (negative lines put them back) and
 * moves the rows' timeStamp. An open sale (completed false) touches no stock.
 */
export function createSale(
  state: SandboxState,
  input: SaleInput,
  context: { now: number; origin: SimSale["origin"]; refundOf?: number },
): SaleOutcome {
  const { now } = context;
  const shop = state.shops.get(input.shopID);
  if (!shop || shop.archived) return refused(`Shop ${input.shopID} does not exist.`);
  if (!state.employees.has(input.employeeID)) return refused(`Employee ${input.employeeID} does not exist.`);
  const registerId = input.registerID ?? 0;
  const completed = input.completed ?? false;
  if (completed) {
    const register = state.registers.get(registerId);
    if (!register || register.shopId !== shop.shopId) {
      return refused(`Register ${registerId} does not belong to shop ${shop.shopId}.`);
    }
  }
  const customerId = input.customerID ?? 0;
  if (customerId !== 0 && !state.customers.has(customerId)) return refused(`Customer ${customerId} does not exist.`);

  let completeTime: number | null = null;
  if (completed) {
    completeTime = now;
    if (input.completeTime !== undefined) {
      const requested = parseLightspeedTime(input.completeTime);
      if (requested === null) return refused(`completeTime is not a valid time: ${input.completeTime}`);
      if (requested > now) return refused("completeTime cannot be in the future.");
      completeTime = requested;
    }
  }

  const lineInputs = input.SaleLines ? input.SaleLines.SaleLine : [];
  const paymentInputs = input.SalePayments ? input.SalePayments.SalePayment : [];
  const saleId = takeId(state, "sale");
  const lines: SimSaleLine[] = [];
  const returning = new Map<number, number>();
  let refundOfSaleId = context.refundOf ?? 0;
  for (const lineInput of lineInputs) {
    const item = state.items.get(lineInput.itemID);
    if (!item) return refused(`Item ${lineInput.itemID} does not exist.`);
    if (!Number.isInteger(lineInput.unitQuantity) || lineInput.unitQuantity === 0) {
      return refused("SaleLine unitQuantity must be a non-zero whole number.");
    }
    const parentSaleLineId = lineInput.parentSaleLineID ?? 0;
    if (parentSaleLineId !== 0) {
      const parent = findLine(state, parentSaleLineId);
      if (!parent || !parent.sale.completed || parent.sale.voided) {
        return refused(`Parent sale line ${parentSaleLineId} does not exist.`);
      }
      if (parent.line.itemId !== lineInput.itemID) {
        return refused(`Parent sale line ${parentSaleLineId} is for another item.`);
      }
      if (lineInput.unitQuantity > 0) return refused("A refund line must have a negative unitQuantity.");
      const already = refundedQuantity(state, parentSaleLineId) + (returning.get(parentSaleLineId) ?? 0);
      if (already - lineInput.unitQuantity > parent.line.unitQuantity) {
        return refused(`Cannot refund more than was sold on sale line ${parentSaleLineId}.`);
      }
      returning.set(parentSaleLineId, (returning.get(parentSaleLineId) ?? 0) - lineInput.unitQuantity);
      if (refundOfSaleId === 0) refundOfSaleId = parent.sale.saleId;
    }
    const unitPrice = lineInput.unitPrice ?? item.defaultPrice;
    if (unitPrice < 0) return refused("SaleLine unitPrice cannot be negative.");
    lines.push({
      saleLineId: 0,
      saleId,
      itemId: item.itemId,
      unitQuantity: lineInput.unitQuantity,
      unitPrice,
      parentSaleLineId,
      shopId: shop.shopId,
      employeeId: input.employeeID,
      createTime: now,
      timeStamp: now,
    });
  }
  for (const payment of paymentInputs) {
    const type = state.paymentTypes.get(payment.paymentTypeID);
    if (!type || type.archived) return refused(`PaymentType ${payment.paymentTypeID} does not exist.`);
  }

  const totalCents = lines.reduce((sum, line) => sum + cents(line.unitQuantity * line.unitPrice), 0);
  const paidCents = paymentInputs.reduce((sum, payment) => sum + cents(payment.amount), 0);
  let changeCents = 0;
  if (completed && paidCents !== totalCents) {
    const cashPaid = paymentInputs.some((payment) => state.paymentTypes.get(payment.paymentTypeID)?.type === "cash");
    if (!(cashPaid && totalCents >= 0 && paidCents > totalCents)) {
      const paid = (paidCents / 100).toFixed(2);
      const total = (totalCents / 100).toFixed(2);
      return refused(`Sale cannot be completed: payments (${paid}) must equal the sale total (${total}).`);
    }
    changeCents = paidCents - totalCents;
  }

  for (const line of lines) line.saleLineId = takeId(state, "saleLine");
  const sale: SimSale = {
    saleId,
    ticketNumber: String(220_000_000_000 + saleId),
    completed,
    voided: false,
    archived: false,
    referenceNumber: input.referenceNumber ?? "",
    referenceNumberSource: input.referenceNumberSource ?? "",
    shopId: shop.shopId,
    registerId,
    employeeId: input.employeeID,
    customerId,
    total: totalCents / 100,
    change: changeCents / 100,
    createTime: now,
    updateTime: now,
    completeTime,
    timeStamp: now,
    lines,
    payments: paymentInputs.map((payment) => ({
      salePaymentId: takeId(state, "salePayment"),
      saleId,
      paymentTypeId: payment.paymentTypeID,
      amount: payment.amount,
      createTime: now,
    })),
    refundOfSaleId,
    origin: context.origin,
  };
  state.sales.set(saleId, sale);
  if (completed) {
    for (const line of lines) moveStock(state, line.itemId, shop.shopId, -line.unitQuantity, now);
  }
  return { ok: true, sale };
}

/** The sale a refund names: by saleID, or by ticketNumber as the endpoint also allows. */
export function findSaleForRefund(state: SandboxState, idOrTicket: string): SimSale | undefined {
  const byId = /^\d+$/.test(idOrTicket) ? state.sales.get(Number(idOrTicket)) : undefined;
  return byId ?? [...state.sales.values()].find((sale) => sale.ticketNumber === idOrTicket);
}

/**
 * `POST Sale/{id}/refund.json`: a new completed sale returning everything not yet returned (negative lines with
 * parentSaleLineID, restocking), paid back with the given payment type. With an `amount` on the payment it is a
 * money-only refund of that amount, with no lines and no restock (an assumption: the docs only say that leaving
 * the amount out refunds everything).
 */
export function refundWholeSale(state: SandboxState, original: SimSale, input: RefundInput, now: number): SaleOutcome {
  if (!original.completed || original.voided) return refused("Only a completed sale can be refunded.");
  if (original.refundOfSaleId !== 0) return refused("A refund cannot be refunded.");
  const payment = input.SalePayment[0];
  if (payment === undefined) return refused("SalePayment is required.");
  const base = {
    shopID: input.shopID,
    registerID: input.registerID,
    employeeID: input.employeeID,
    customerID: original.customerId,
    completed: true,
    referenceNumber: input.referenceNumber,
    referenceNumberSource: input.referenceNumberSource,
  };
  if (payment.amount !== undefined) {
    const refundedSoFar = [...state.sales.values()]
      .filter((sale) => sale.completed && !sale.voided && sale.refundOfSaleId === original.saleId)
      .reduce((sum, sale) => sum - sale.total, 0);
    const amount = Math.abs(payment.amount);
    if (cents(amount) > cents(original.total - refundedSoFar)) {
      return refused("Refund amount exceeds what remains to be refunded.");
    }
    return createSale(
      state,
      { ...base, SalePayments: { SalePayment: [{ paymentTypeID: payment.paymentTypeID, amount: -amount }] } },
      { now, origin: "refund-endpoint", refundOf: original.saleId },
    );
  }
  const remaining = original.lines
    .filter((line) => line.unitQuantity > 0)
    .map((line) => ({ line, quantity: line.unitQuantity - refundedQuantity(state, line.saleLineId) }))
    .filter((entry) => entry.quantity > 0);
  if (remaining.length === 0) return refused("Sale has already been fully refunded.");
  const amount = remaining.reduce((sum, entry) => sum + cents(entry.quantity * entry.line.unitPrice), 0) / 100;
  return createSale(
    state,
    {
      ...base,
      SaleLines: {
        SaleLine: remaining.map((entry) => ({
          itemID: entry.line.itemId,
          unitQuantity: -entry.quantity,
          unitPrice: entry.line.unitPrice,
          parentSaleLineID: entry.line.saleLineId,
        })),
      },
      SalePayments: { SalePayment: [{ paymentTypeID: payment.paymentTypeID, amount: -amount }] },
    },
    { now, origin: "refund-endpoint", refundOf: original.saleId },
  );
}
