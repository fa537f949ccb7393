import type { ShopifyRefundInput } from "./shopify-control";
import type { TrafficPlayer } from "./traffic-context";
import type { TrafficLine } from "./traffic-event";

/**
 * Staff refund an online order in Shopify's admin: all that is left of it, or some units of one line; with the
 * goods coming back (`return`, or `cancel` for a whole order) or not (`no_restock`). The store fires
 * refunds/create and, for a restock, inventory_levels/update.
 */
export const playShopifyRefund: TrafficPlayer = async (context) => {
  const { random, controls } = context;
  const order = random.pick(context.orders.filter((candidate) => candidate.lines.some((line) => line.refunded < line.quantity)));
  if (order === undefined) return null;
  const open = order.lines.filter((line) => line.refunded < line.quantity);
  const wholeOrder = random.chance(0.4);
  const restock = random.chance(0.65);
  const restockType: ShopifyRefundInput["lines"][number]["restockType"] = !restock
    ? "no_restock"
    : wholeOrder && order.lines.every((line) => line.refunded === 0) && random.chance(0.3)
      ? "cancel"
      : "return";
  const picked = wholeOrder ? open : [random.pick(open)].flatMap((line) => (line === undefined ? [] : [line]));
  const lines = picked.map((line) => {
    const left = line.quantity - line.refunded;
    return { line, quantity: wholeOrder ? left : random.integer(1, left) };
  });

  const refund = await controls.shopify.createRefund(order.domain, {
    orderId: order.orderId,
    lines: lines.map(({ line, quantity }) => ({ lineItemId: line.lineItemId, quantity, restockType })),
    note: restock ? "Returned by the customer" : "Refunded without return",
  });
  const refunded: TrafficLine[] = [];
  for (const { line, quantity } of lines) {
    line.refunded += quantity;
    refunded.push({ sku: line.sku, quantity });
    if (restock) context.pending.returned(order.orderId, line.sku, quantity);
  }
  return {
    kind: "shopify-refund",
    domain: order.domain,
    orderId: order.orderId,
    refundId: refund.id,
    full: order.lines.every((line) => line.refunded === line.quantity),
    restock,
    lines: refunded,
  };
};
