import type { DemoOrder, DemoRefund, DemoRefundLine } from "./order-types";
import type { Random } from "./random";

const dayMs = 86_400_000;
const refundChance = { in_store: 0.02, shopify: 0.045, stripe: 0.03 } as const;
const restockChance = { in_store: 0.85, shopify: 0.6, stripe: 0.7 } as const;

/**
 * Refunds some posted orders a few days after the sale: most in full, some one line or one unit;
 * goods come back into stock only when they were returned in sellable condition.
 */
export function addRefunds(random: Random, orders: DemoOrder[], now: Date, taxRate: number): void {
  for (const order of orders) {
    if (order.status !== "posted" || order.lines.length === 0) continue;
    if (order.placedAt.getTime() > now.getTime() - 2 * dayMs || !random.chance(refundChance[order.channel])) continue;
    const createdAt = new Date(order.placedAt.getTime() + random.int(1, 21) * dayMs + random.int(-2, 2) * 3_600_000);
    if (createdAt.getTime() > now.getTime() - 3_600_000) continue;
    const restock = random.chance(restockChance[order.channel]);
    const units = order.lines.reduce((sum, line) => sum + line.quantity, 0);
    const partial = units >= 2 && random.chance(0.4);
    let lines: DemoRefundLine[];
    if (partial) {
      const lineIndex = random.int(0, order.lines.length - 1);
      const line = order.lines[lineIndex];
      if (!line) continue;
      const quantity = line.quantity > 1 && order.lines.length === 1 ? random.int(1, line.quantity - 1) : line.quantity;
      lines = [{ lineIndex, sku: line.sku, quantity, amountCents: line.unitPriceCents * quantity, restock }];
    } else {
      lines = order.lines.map((line, lineIndex) => ({ lineIndex, sku: line.sku, quantity: line.quantity, amountCents: line.totalCents, restock }));
    }
    const goods = lines.reduce((sum, line) => sum + line.amountCents, 0);
    const reason = restock
      ? random.pick(partial ? ["Ordered the wrong size", "Wrong colour", "Changed mind"] : ["Changed mind", "Gift return", "Duplicate order", "Ordered the wrong size"])
      : random.pick(order.channel === "in_store" ? ["Faulty item", "Chipped on arrival home"] : ["Arrived damaged", "Lost in transit"]);
    const refund: DemoRefund = {
      sourceKey: "",
      channel: order.channel,
      amountCents: goods + Math.round(goods * taxRate),
      reason,
      createdAt,
      postedAt: new Date(createdAt.getTime() + random.int(3, 30) * 1000),
      lightspeedRefundId: null,
      lines,
    };
    order.refunds.push(refund);
    order.status = partial ? "partially_refunded" : "refunded";
  }
}
