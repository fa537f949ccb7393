import type { SandboxCore } from "../sandbox-core";
import type { RefundObject } from "../stripe-objects";
import { ControlError } from "./control-error";
import { emitRefundChanged } from "./emit-refund-changed";

function findRefund(core: SandboxCore, refundId: string): RefundObject {
  const refund = core.state.refunds.get(refundId);
  if (!refund) throw new ControlError(`No such refund: '${refundId}'`, 404);
  return refund;
}

/**
 * The refund fails after the fact (a closed or expired card): its status becomes failed, the money is back in the
 * balance, the charge's amount_refunded goes down again, and Stripe reports it with charge.refund.updated,
 * refund.updated and refund.failed.
 */
export function failRefund(core: SandboxCore, refundId: string, failureReason = "expired_or_canceled_card"): RefundObject {
  const refund = findRefund(core, refundId);
  if (refund.status === "failed" || refund.status === "canceled") {
    throw new ControlError(`Refund ${refundId} is already ${refund.status}`);
  }
  const previous = { status: refund.status, failure_reason: null, failure_balance_transaction: null };
  refund.status = "failed";
  refund.failure_reason = failureReason;
  refund.failure_balance_transaction = core.ids.fromBase("txn", core.ids.paymentBase());
  const charge = core.state.charges.get(refund.charge);
  if (charge) {
    charge.amount_refunded = Math.max(0, charge.amount_refunded - refund.amount);
    charge.refunded = charge.amount_refunded >= charge.amount;
  }
  emitRefundChanged(core, refund, previous);
  return refund;
}

/** A pending refund goes through. */
export function succeedRefund(core: SandboxCore, refundId: string): RefundObject {
  const refund = findRefund(core, refundId);
  if (refund.status !== "pending" && refund.status !== "requires_action") {
    throw new ControlError(`Refund ${refundId} is ${refund.status}, not pending`);
  }
  const previous = { status: refund.status };
  refund.status = "succeeded";
  emitRefundChanged(core, refund, previous);
  return refund;
}
