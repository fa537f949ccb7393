import { formatInteger } from "@/lib/format/shop-format";
import type { LedgerRow } from "@/lib/stock/queries/list-sku-ledger";

export const movementKindLabels: Record<LedgerRow["kind"], string> = {
  store_sale: "Store sale",
  online_order: "Online order",
  refund_restock: "Refund, restocked",
  override: "Owner override",
  count: "Stock count",
  receive: "Received",
  correction: "Correction",
};

export const systemLabels: Record<LedgerRow["sourceSystem"], string> = {
  lightspeed: "Lightspeed",
  shopify: "Shopify",
  stripe: "Stripe",
  portal: "Portal",
};

export const channelLabels = { in_store: "In store", shopify: "Shopify", stripe: "Stripe" } as const;

/** "+2", "−1", "0". */
export function formatDelta(delta: number): string {
  if (delta === 0) return "0";
  return `${delta > 0 ? "+" : "−"}${formatInteger(Math.abs(delta))}`;
}

export const customerHref = (customerId: number): string => `/customers/${customerId}`;
