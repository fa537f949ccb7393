import type { StripeConnection, StripeRefund } from "@/lib/connectors/stripe";
import { extractRefundLines, retrieveRefund } from "@/lib/connectors/stripe";
import type { IncomingRefund } from "./incoming-refund";

export type ResolvedStripeRefund = { kind: "refund"; refund: IncomingRefund } | { kind: "no-change"; reason: string };

/**
 * A Stripe refund in the portal's terms (DESIGN §3.3): lines from the refund's metadata; a full refund without lines
 * returns the whole sale; a partial one without lines is money only; a failed or unsettled refund changes nothing.
 */
export async function resolveStripeRefund(stripe: StripeConnection, refundId: string): Promise<ResolvedStripeRefund> {
  const refund: StripeRefund = await retrieveRefund(stripe, refundId, { expandCharge: true });
  const charge = typeof refund.charge === "object" ? refund.charge : null;
  const paymentIntentId = refund.payment_intent ?? charge?.payment_intent ?? null;
  const chargeId = charge?.id ?? (typeof refund.charge === "string" ? refund.charge : null);
  const lines = extractRefundLines({ amount: refund.amount, status: refund.status, metadata: refund.metadata, chargeAmount: charge?.amount ?? refund.amount });
  const base = {
    channel: "stripe" as const,
    sourceKey: `stripe:${refund.id}`,
    orderSourceKey: `stripe:${paymentIntentId ?? chargeId ?? ""}`,
    amountCents: refund.amount,
    reason: null,
    createdAt: new Date(refund.created * 1000),
  };
  switch (lines.kind) {
    case "no_effect":
      return { kind: "no-change", reason: `refund ${refund.status}: no money went back, nothing changes` };
    case "not_settled":
      return { kind: "no-change", reason: `refund ${lines.status ?? "pending"}: waiting for it to settle` };
    case "invalid":
      return { kind: "no-change", reason: `refund lines cannot be read: ${lines.reason}` };
    case "full_without_lines":
      return { kind: "refund", refund: { ...base, scope: { kind: "whole-sale" } } };
    case "partial_without_lines":
      return { kind: "refund", refund: { ...base, scope: { kind: "amount-only" } } };
    case "lines":
      return {
        kind: "refund",
        refund: {
          ...base,
          scope:
            lines.action === "void"
              ? { kind: "whole-sale" }
              : { kind: "lines", lines: lines.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, amountCents: (line.unitAmount ?? 0) * line.quantity, restock: line.restock })) },
        },
      };
  }
}
