import type { StripeRefundInput } from "./stripe-control";
import type { PaymentMemory, TrafficPlayer } from "./traffic-context";
import type { TrafficLine } from "./traffic-event";

type Plan = { amount: number; lines: Array<{ line: PaymentMemory["lines"][number]; quantity: number }>; restock: boolean; withLines: boolean };

function openUnits(payment: PaymentMemory) {
  return payment.lines.filter((line) => line.refunded < line.quantity);
}

/**
 * A Stripe refund, the four ways the portal must tell apart (lib/connectors/stripe/line-metadata.ts): a full refund
 * from the Dashboard (no metadata: a void) or from the shop's server (`ls_lines` with `ls_action: void`); a partial
 * refund with `ls_lines` for some units, restocked or not (`"r": false`); a partial amount-only refund from the
 * Dashboard (no lines: a credit or something for the owner to look at).
 */
export const playStripeRefund: TrafficPlayer = async (context) => {
  const { random, controls } = context;
  const payment = random.pick(context.payments.filter((candidate) => candidate.refunded < candidate.amount));
  if (payment === undefined) return null;
  const remaining = payment.amount - payment.refunded;
  const open = openUnits(payment);
  const plan = ((): Plan => {
    if (random.chance(0.4)) {
      const lines = open.map((line) => ({ line, quantity: line.quantity - line.refunded }));
      return { amount: remaining, lines, restock: true, withLines: open.length > 0 && random.chance(0.5) };
    }
    const line = open.length > 0 && random.chance(0.7) ? random.pick(open) : undefined;
    if (line !== undefined) {
      const fits = Math.min(line.quantity - line.refunded, Math.floor(remaining / Math.max(1, line.unitAmount)));
      if (fits >= 1) {
        const quantity = random.integer(1, fits);
        return { amount: Math.max(1, quantity * line.unitAmount), lines: [{ line, quantity }], restock: random.chance(0.7), withLines: true };
      }
    }
    const share = random.integer(10, 50) / 100;
    return { amount: Math.max(1, Math.min(remaining, Math.round(remaining * share))), lines: [], restock: false, withLines: false };
  })();
  // "Full" as the convention reads it: this one refund covers the whole charge (a last partial one is still partial).
  const full = plan.amount === payment.amount;

  const input: StripeRefundInput = plan.withLines
    ? {
        paymentIntent: payment.paymentIntentId,
        amount: plan.amount,
        lines: plan.lines.map(({ line, quantity }) => ({
          sku: line.sku,
          quantity,
          unitAmount: line.unitAmount,
          ...(plan.restock ? {} : { restock: false }),
        })),
        ...(full ? { action: "void" as const } : {}),
        via: "api",
      }
    : { paymentIntent: payment.paymentIntentId, amount: plan.amount, via: "dashboard" };
  const refund = await controls.stripe.createRefund(input);

  payment.refunded += refund.refund.amount;
  // Lines go back with `ls_lines`; without them only a full refund voids the sale (a partial one is money only).
  const refundedLines = plan.withLines || full ? plan.lines : [];
  const restocked = plan.restock ? refundedLines : [];
  const refunded: TrafficLine[] = [];
  for (const { line, quantity } of refundedLines) {
    line.refunded += quantity;
    refunded.push({ sku: line.sku, quantity });
  }
  for (const { line, quantity } of restocked) context.pending.returned(payment.paymentIntentId, line.sku, quantity);
  return {
    kind: "stripe-refund",
    paymentIntentId: payment.paymentIntentId,
    refundId: refund.refund.id,
    full,
    withLines: plan.withLines,
    restock: restocked.length > 0,
    amount: refund.refund.amount,
    lines: refunded,
  };
};
