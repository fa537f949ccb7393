import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { items, lightspeedShops } from "@/lib/db/schema";
import type { OnlineOrder } from "./online-order";
import type { StripePayment } from "./stripe-payment";

export type BuiltStripeOrder =
  | { kind: "order"; order: Omit<OnlineOrder, "customerId"> }
  /** No lines, lines that cannot be trusted, or SKUs the shop does not have: a person assigns it. */
  | { kind: "needs-attention"; reason: string };

/** Turns a Stripe payment with lines into the portal's order (channel `stripe`), SKUs matched exactly. */
export async function buildStripeOrder(db: Executor, payment: StripePayment): Promise<BuiltStripeOrder> {
  if (payment.lines.kind === "no_lines") return { kind: "needs-attention", reason: "payment without line items" };
  if (payment.lines.kind === "invalid") return { kind: "needs-attention", reason: `line items cannot be read: ${payment.lines.reason}` };
  const skus = [...new Set(payment.lines.lines.map((line) => line.sku))];
  const known = await db.select({ id: items.id, sku: items.sku, name: items.name, priceCents: items.priceCents }).from(items).where(inArray(items.sku, skus));
  const bySku = new Map(known.map((item) => [item.sku, item]));
  const unknown = skus.filter((sku) => !bySku.has(sku));
  if (unknown.length > 0) return { kind: "needs-attention", reason: `unknown SKU ${unknown.join(", ")}` };
  const [shop] = await db.select({ id: lightspeedShops.id }).from(lightspeedShops).limit(1);
  if (!shop) return { kind: "needs-attention", reason: "no Lightspeed shop is set up" };
  const lines = payment.lines.lines.flatMap((line) => {
    const item = bySku.get(line.sku);
    return item ? [{ itemId: item.id, sku: item.sku, name: item.name, quantity: line.quantity, unitPriceCents: line.unitAmount ?? item.priceCents }] : [];
  });
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  return {
    kind: "order",
    order: {
      channel: "stripe",
      sourceKey: payment.sourceKey,
      shopifyStoreId: null,
      shopifyOrderId: null,
      stripePaymentIntentId: payment.paymentIntentId,
      lightspeedShopId: shop.id,
      currency: payment.currency,
      subtotalCents: subtotal,
      taxCents: Math.max(0, payment.amountCents - subtotal),
      totalCents: payment.amountCents,
      placedAt: new Date(payment.placedAt),
      lines,
    },
  };
}
