import type { StoreKey } from "./stores";

export type OrderChannel = "in_store" | "shopify" | "stripe";
export type OrderStatus = "pending" | "posted" | "partially_refunded" | "refunded" | "needs_attention";

export type DemoOrderLine = { sku: string; name: string; quantity: number; unitPriceCents: number; totalCents: number };

export type DemoRefundLine = { lineIndex: number; sku: string; quantity: number; amountCents: number; restock: boolean };

export type DemoRefund = {
  sourceKey: string;
  channel: OrderChannel;
  amountCents: number;
  reason: string;
  createdAt: Date;
  postedAt: Date;
  lightspeedRefundId: string | null;
  lines: DemoRefundLine[];
};

export type DemoOrder = {
  /** Final once ids are assigned (an in-store sale is keyed by its Lightspeed sale id). */
  sourceKey: string;
  channel: OrderChannel;
  storeKey: StoreKey | null;
  identityKey: string | null;
  status: OrderStatus;
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
  lightspeedSaleId: string | null;
  shopifyOrderId: string | null;
  stripePaymentIntentId: string | null;
  placedAt: Date;
  postedAt: Date | null;
  lines: DemoOrderLine[];
  refunds: DemoRefund[];
};

/** Sales tax added at checkout; where prices include VAT/GST the demo adds none. */
export function taxRateFor(country: string): number {
  switch (country.toUpperCase()) {
    case "US":
      return 0.07;
    case "CA":
      return 0.13;
    default:
      return 0;
  }
}

export function orderTotals(lines: readonly DemoOrderLine[], taxRate: number): Pick<DemoOrder, "subtotalCents" | "taxCents" | "totalCents"> {
  const subtotalCents = lines.reduce((sum, line) => sum + line.totalCents, 0);
  const taxCents = Math.round(subtotalCents * taxRate);
  return { subtotalCents, taxCents, totalCents: subtotalCents + taxCents };
}
