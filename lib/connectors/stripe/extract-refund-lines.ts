import { LINE_METADATA_KEYS, readMetadataLines } from "./line-metadata";
import type { StripeRefundStatus } from "./schemas/refund-schema";

export interface RefundLine {
  sku: string;
  quantity: number;
  /** False when the goods do not come back (`"r":false`); a restock otherwise. */
  restock: boolean;
  unitAmount: number | null;
}

export type RefundAction = "void" | "credit";

export type RefundLinesResult =
  | { kind: "lines"; lines: RefundLine[]; action: RefundAction | null; amount: number }
  /** No lines, and the refund is the whole charge (or says `ls_action=void`): void the whole sale. */
  | { kind: "full_without_lines"; amount: number }
  /** No lines and part of the charge: an amount-only credit, or a case for a person. */
  | { kind: "partial_without_lines"; amount: number }
  /** pending / requires_action: nothing to do until it settles (a refund.updated will follow). */
  | { kind: "not_settled"; status: StripeRefundStatus | null }
  /** failed / canceled: no money went back, so nothing changes. */
  | { kind: "no_effect"; status: StripeRefundStatus }
  | { kind: "invalid"; reason: string };

export interface RefundLinesSource {
  amount: number;
  status: StripeRefundStatus | null;
  metadata: Readonly<Record<string, string>>;
  /** The amount of the charge being refunded, to tell a full refund from a partial one. */
  chargeAmount: number;
}

function actionOf(metadata: Readonly<Record<string, string>>): RefundAction | null | "invalid" {
  const value = metadata[LINE_METADATA_KEYS.refundAction]?.trim();
  if (value === undefined || value === "") return null;
  if (value === "void" || value === "credit") return value;
  return "invalid";
}

/**
 * What a Stripe refund means for the lines of its sale, per the convention in line-metadata.ts. A refund is "full"
 * only when this one refund covers the whole charge: the last of several partial refunds is still partial, since
 * the earlier ones were already credited.
 */
export function extractRefundLines(refund: RefundLinesSource): RefundLinesResult {
  if (refund.status === "failed" || refund.status === "canceled") return { kind: "no_effect", status: refund.status };
  if (refund.status !== "succeeded") return { kind: "not_settled", status: refund.status };

  const action = actionOf(refund.metadata);
  if (action === "invalid") return { kind: "invalid", reason: `${LINE_METADATA_KEYS.refundAction} must be void or credit` };
  const lines = readMetadataLines(refund.metadata);
  if (lines.kind === "invalid") return { kind: "invalid", reason: lines.reason };
  if (lines.kind === "lines") {
    return {
      kind: "lines",
      action,
      amount: refund.amount,
      lines: lines.lines.map((line) => ({
        sku: line.sku,
        quantity: line.q,
        restock: line.r ?? true,
        unitAmount: line.u ?? null,
      })),
    };
  }
  if (action === "void" || refund.amount >= refund.chargeAmount) {
    return { kind: "full_without_lines", amount: refund.amount };
  }
  return { kind: "partial_without_lines", amount: refund.amount };
}
