/** A refund from Shopify or Stripe, in the portal's terms, before it is recorded. */
export type IncomingRefund = {
  channel: "shopify" | "stripe";
  /** `shopify:<domain>:refund:<id>` or `stripe:<re_…>`: recorded once. */
  sourceKey: string;
  /** The refunded order's source key (`shopify:<domain>:order:<id>`, `stripe:<pi_…>`). */
  orderSourceKey: string;
  amountCents: number;
  reason: string | null;
  createdAt: Date;
  scope:
    | { kind: "lines"; lines: Array<{ sku: string; quantity: number; amountCents: number; restock: boolean }> }
    /** The whole sale comes back (a full refund without lines). */
    | { kind: "whole-sale" }
    /** Money only: no goods come back. */
    | { kind: "amount-only" };
};

/** The reference a refund carries in Lightspeed, so the poll knows it and a retry finds it. */
export const refundReferenceSource = "tillbridge-refund";
