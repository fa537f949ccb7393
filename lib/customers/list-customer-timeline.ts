import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { orderLines, orders, refundLines, refunds, shopifyStores, type Order } from "@/lib/db/schema";
import type { SalesChannel } from "./sales-channel";

export type TimelineOrderLine = { sku: string; name: string; quantity: number; unitPriceCents: number; totalCents: number };

export type TimelineOrder = {
  kind: "order";
  id: number;
  at: Date;
  channel: SalesChannel;
  status: Order["status"];
  /** How the channel numbers it: the Lightspeed sale, the Shopify order, the Stripe PaymentIntent. */
  reference: string;
  currency: string;
  subtotalCents: number;
  taxCents: number;
  totalCents: number;
  lines: TimelineOrderLine[];
};

export type TimelineRefundLine = { sku: string; name: string; quantity: number; amountCents: number; restock: boolean };

export type TimelineRefund = {
  kind: "refund";
  id: number;
  at: Date;
  channel: SalesChannel;
  orderId: number;
  orderReference: string;
  currency: string;
  amountCents: number;
  reason: string | null;
  lines: TimelineRefundLine[];
};

export type TimelineEntry = TimelineOrder | TimelineRefund;

type OrderReferenceFields = Pick<Order, "channel" | "lightspeedSaleId" | "shopifyOrderId" | "stripePaymentIntentId" | "sourceKey">;

/** The number people know an order by in its own channel. */
export function orderReference(order: OrderReferenceFields): string {
  if (order.channel === "shopify" && order.shopifyOrderId) return `Shopify order ${order.shopifyOrderId}`;
  if (order.channel === "stripe" && order.stripePaymentIntentId) return `Stripe payment ${order.stripePaymentIntentId}`;
  if (order.lightspeedSaleId) return `Sale #${order.lightspeedSaleId}`;
  return order.sourceKey;
}

/**
 * Every order and refund of a customer in every channel, newest first (a refund sits at the time it was
 * made, next to its own entry, not inside its order), with line items and restock flags.
 */
export async function listCustomerTimeline(db: Executor, customerId: number): Promise<TimelineEntry[]> {
  const orderRows = await db
    .select({ order: orders, storeName: shopifyStores.name })
    .from(orders)
    .leftJoin(shopifyStores, eq(shopifyStores.id, orders.shopifyStoreId))
    .where(eq(orders.customerId, customerId))
    .orderBy(desc(orders.placedAt), desc(orders.id));
  if (orderRows.length === 0) return [];
  const orderIds = orderRows.map((row) => row.order.id);

  const [lineRows, refundRows] = await Promise.all([
    db.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)).orderBy(asc(orderLines.id)),
    db.select().from(refunds).where(inArray(refunds.orderId, orderIds)),
  ]);
  const refundLineRows =
    refundRows.length === 0
      ? []
      : await db
          .select({ line: refundLines, name: orderLines.name })
          .from(refundLines)
          .leftJoin(orderLines, eq(orderLines.id, refundLines.orderLineId))
          .where(inArray(refundLines.refundId, refundRows.map((refund) => refund.id)))
          .orderBy(asc(refundLines.id));

  const entries: TimelineEntry[] = [];
  const orderById = new Map<number, TimelineOrder>();
  for (const { order, storeName } of orderRows) {
    const entry: TimelineOrder = {
      kind: "order",
      id: order.id,
      at: order.placedAt,
      channel: { channel: order.channel, storeName: order.channel === "shopify" ? storeName : null },
      status: order.status,
      reference: orderReference(order),
      currency: order.currency,
      subtotalCents: order.subtotalCents,
      taxCents: order.taxCents,
      totalCents: order.totalCents,
      lines: [],
    };
    orderById.set(order.id, entry);
    entries.push(entry);
  }
  for (const line of lineRows) {
    orderById.get(line.orderId)?.lines.push({ sku: line.sku, name: line.name, quantity: line.quantity, unitPriceCents: line.unitPriceCents, totalCents: line.totalCents });
  }
  const refundById = new Map<number, TimelineRefund>();
  for (const refund of refundRows) {
    const order = orderById.get(refund.orderId);
    if (!order) continue;
    const entry: TimelineRefund = {
      kind: "refund",
      id: refund.id,
      at: refund.createdAt,
      channel: { channel: refund.channel, storeName: refund.channel === "shopify" ? order.channel.storeName : null },
      orderId: refund.orderId,
      orderReference: order.reference,
      currency: order.currency,
      amountCents: refund.amountCents,
      reason: refund.reason,
      lines: [],
    };
    refundById.set(refund.id, entry);
    entries.push(entry);
  }
  for (const { line, name } of refundLineRows) {
    refundById.get(line.refundId)?.lines.push({ sku: line.sku, name: name ?? line.sku, quantity: line.quantity, amountCents: line.amountCents, restock: line.restock });
  }
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.kind === b.kind ? b.id - a.id : a.kind === "refund" ? -1 : 1));
}
