import type { IdFactory } from "../stripe-ids";
import type { ChargeObject, Metadata, RefundObject, RefundStatus } from "../stripe-objects";

export type RefundInput = {
  amount: number;
  metadata: Metadata;
  reason: RefundObject["reason"];
  status: RefundStatus;
};

/** A card refund of `charge`. The acquirer reference (ARN) arrives later, as in Stripe (`reference_status: pending`). */
export function buildRefund(ids: IdFactory, charge: ChargeObject, input: RefundInput, created: number): RefundObject {
  const base = ids.paymentBase();
  return {
    id: ids.fromBase("re", base),
    object: "refund",
    amount: input.amount,
    balance_transaction: ids.fromBase("txn", base),
    charge: charge.id,
    created,
    currency: charge.currency,
    destination_details: { card: { reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" }, type: "card" },
    failure_balance_transaction: null,
    failure_reason: null,
    metadata: { ...input.metadata },
    payment_intent: charge.payment_intent,
    reason: input.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: input.status,
    transfer_reversal: null,
  };
}
