import type { TimelineEntry } from "./list-customer-timeline";

export type TopItem = { sku: string; name: string; quantity: number; orderCount: number; spentCents: number };

export type CustomerSummary = {
  orderCount: number;
  refundCount: number;
  orderedCents: number;
  refundedCents: number;
  /** What they paid, net of every refund, in cents. */
  lifetimeValueCents: number;
  firstVisitAt: Date | null;
  lastVisitAt: Date | null;
  /** What they buy most: net quantity (bought less refunded), then spend. */
  topItems: TopItem[];
};

/** Lifetime value, first and last visit and top items, from a customer's timeline. */
export function summarizeCustomerTimeline(entries: readonly TimelineEntry[], topItemCount = 5): CustomerSummary {
  let orderCount = 0;
  let refundCount = 0;
  let orderedCents = 0;
  let refundedCents = 0;
  let firstVisitAt: Date | null = null;
  let lastVisitAt: Date | null = null;
  const items = new Map<string, TopItem & { orders: Set<number> }>();
  const itemOf = (sku: string, name: string) => {
    const known = items.get(sku);
    if (known) return known;
    const created = { sku, name, quantity: 0, orderCount: 0, spentCents: 0, orders: new Set<number>() };
    items.set(sku, created);
    return created;
  };

  for (const entry of entries) {
    if (entry.kind === "order") {
      orderCount += 1;
      orderedCents += entry.totalCents;
      if (!firstVisitAt || entry.at < firstVisitAt) firstVisitAt = entry.at;
      if (!lastVisitAt || entry.at > lastVisitAt) lastVisitAt = entry.at;
      for (const line of entry.lines) {
        const item = itemOf(line.sku, line.name);
        item.quantity += line.quantity;
        item.spentCents += line.totalCents;
        item.orders.add(entry.id);
      }
    } else {
      refundCount += 1;
      refundedCents += entry.amountCents;
      for (const line of entry.lines) {
        const item = itemOf(line.sku, line.name);
        item.quantity -= line.quantity;
        item.spentCents -= line.amountCents;
      }
    }
  }

  const topItems = [...items.values()]
    .filter((item) => item.quantity > 0)
    .sort((a, b) => b.quantity - a.quantity || b.spentCents - a.spentCents || a.sku.localeCompare(b.sku))
    .slice(0, topItemCount)
    .map(({ orders, ...item }) => ({ ...item, orderCount: orders.size }));

  return {
    orderCount,
    refundCount,
    orderedCents,
    refundedCents,
    lifetimeValueCents: orderedCents - refundedCents,
    firstVisitAt,
    lastVisitAt,
    topItems,
  };
}
