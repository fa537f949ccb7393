import type { DemoItem } from "./catalog";
import type { DemoPerson } from "./customers";
import type { DemoOrder } from "./order-types";
import { createIdentityPicker, createItemPicker, draftOrder, pickLines, type OrderContext, type SalesChannel } from "./orders";
import { toLocalDateTime } from "./zoned-time";

const minuteMs = 60_000;

/**
 * The orders that tell a story on the dashboard: online orders still waiting for their Lightspeed sale
 * (pending), a Stripe payment that arrived without line items (needs attention), and the household's
 * Stripe payment that matched two customers by phone.
 */
export function buildSpecialOrders(context: OrderContext, items: readonly DemoItem[], people: readonly DemoPerson[]): DemoOrder[] {
  const { random, now, timeZone } = context;
  const today = toLocalDateTime(now, timeZone);
  const pickerFor = createItemPicker(items);
  const pickIdentity = createIdentityPicker(people);
  const orders: DemoOrder[] = [];

  const pendingChannels: [SalesChannel, number][] = [["shopify:main", 7], ["shopify:main", 4], ["shopify:outlet", 2], ["stripe", 1]];
  for (const [channel, minutesAgo] of pendingChannels) {
    const placedAt = new Date(now.getTime() - minutesAgo * minuteMs - random.int(0, 50) * 1000);
    const order = draftOrder(context, channel, placedAt, pickLines(context, pickerFor(channel, today), channel), pickIdentity(random, channel, placedAt));
    orders.push({ ...order, status: "pending", postedAt: null });
  }

  const stripePayer = pickIdentity(random, "stripe", new Date(now.getTime() - 26 * 60 * minuteMs));
  const bare = draftOrder(context, "stripe", new Date(now.getTime() - 26 * 60 * minuteMs), [], stripePayer);
  orders.push({ ...bare, status: "needs_attention", postedAt: null, subtotalCents: 4800, taxCents: 0, totalCents: 4800 });

  const payer = people.find((person) => person.role === "ambiguous")?.identities[0];
  const giftBox = items.find((item) => item.sku === "GFT-HOL") ?? items.find((item) => item.category === "Gifts");
  if (payer && giftBox) {
    const placedAt = new Date(payer.firstSeen.getTime() + 5 * minuteMs);
    const lines = [{ sku: giftBox.sku, name: giftBox.name, quantity: 2, unitPriceCents: giftBox.priceCents, totalCents: giftBox.priceCents * 2 }];
    orders.push(draftOrder(context, "stripe", placedAt, lines, payer));
  }
  return orders;
}
