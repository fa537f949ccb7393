import { LINE_METADATA_KEYS, readMetadataLines, SKU_METADATA_KEY } from "./line-metadata";
import type { StripeCheckoutLineItem } from "./schemas/checkout-line-item-schema";

export interface PaymentLine {
  sku: string;
  quantity: number;
  /** Unit amount in the currency's minor unit, when known. */
  unitAmount: number | null;
}

export type PaymentLinesResult =
  | { kind: "lines"; source: "metadata" | "checkout_line_items"; lines: PaymentLine[]; orderReference: string | null }
  /** Nothing says what was bought: the payment needs a person to assign it (unless orderReference resolves it). */
  | { kind: "no_lines"; orderReference: string | null }
  /** Lines were given but cannot be trusted (bad JSON, a line without SKU): needs attention, never guessed. */
  | { kind: "invalid"; reason: string; orderReference: string | null };

export interface PaymentLinesSource {
  /** Metadata of the PaymentIntent, or of the Checkout Session. */
  metadata: Readonly<Record<string, string>>;
  /** The Checkout Session's line items (listed with `data.price.product` expanded), when the payment came from Checkout. */
  checkoutLineItems?: readonly StripeCheckoutLineItem[];
}

function skuOfLineItem(item: StripeCheckoutLineItem): string | null {
  const fromItem = item.metadata[SKU_METADATA_KEY];
  if (fromItem?.trim()) return fromItem.trim();
  const product = item.price?.product;
  const fromProduct = typeof product === "object" ? product.metadata[SKU_METADATA_KEY] : undefined;
  if (fromProduct?.trim()) return fromProduct.trim();
  const fromPrice = item.price?.metadata[SKU_METADATA_KEY];
  if (fromPrice?.trim()) return fromPrice.trim();
  return null;
}

function linesFromCheckout(
  items: readonly StripeCheckoutLineItem[],
  orderReference: string | null,
): PaymentLinesResult {
  const lines: PaymentLine[] = [];
  for (const item of items) {
    const sku = skuOfLineItem(item);
    if (sku === null) {
      return { kind: "invalid", reason: `line item ${item.id} has no SKU in its metadata`, orderReference };
    }
    if (item.quantity === null || item.quantity <= 0) {
      return { kind: "invalid", reason: `line item ${item.id} has no quantity`, orderReference };
    }
    lines.push({ sku, quantity: item.quantity, unitAmount: item.price?.unit_amount ?? null });
  }
  return { kind: "lines", source: "checkout_line_items", lines, orderReference };
}

/**
 * The SKU/quantity lines of a payment, per the convention in line-metadata.ts: `ls_lines` metadata first (it is what
 * the portal itself wrote), else the Checkout line items, else nothing. Pure: fetching the line items is the caller's.
 */
export function extractPaymentLines(source: PaymentLinesSource): PaymentLinesResult {
  const orderReference = source.metadata[LINE_METADATA_KEYS.orderReference]?.trim() || null;
  const fromMetadata = readMetadataLines(source.metadata);
  if (fromMetadata.kind === "invalid") return { kind: "invalid", reason: fromMetadata.reason, orderReference };
  if (fromMetadata.kind === "lines") {
    const lines = fromMetadata.lines.map((line) => ({ sku: line.sku, quantity: line.q, unitAmount: line.u ?? null }));
    return { kind: "lines", source: "metadata", lines, orderReference };
  }
  if (source.checkoutLineItems && source.checkoutLineItems.length > 0) {
    return linesFromCheckout(source.checkoutLineItems, orderReference);
  }
  return { kind: "no_lines", orderReference };
}
