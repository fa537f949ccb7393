import { describe, expect, it } from "vitest";
import type { TimelineEntry, TimelineOrder, TimelineRefund } from "@/lib/customers/list-customer-timeline";
import { orderReference } from "@/lib/customers/list-customer-timeline";
import { summarizeCustomerTimeline } from "@/lib/customers/summarize-customer-timeline";

const order = (id: number, at: string, lines: [string, number, number][]): TimelineOrder => ({
  kind: "order",
  id,
  at: new Date(at),
  channel: { channel: "in_store", storeName: null },
  status: "posted",
  reference: `Sale #${id}`,
  currency: "USD",
  subtotalCents: lines.reduce((sum, [, quantity, price]) => sum + quantity * price, 0),
  taxCents: 0,
  totalCents: lines.reduce((sum, [, quantity, price]) => sum + quantity * price, 0),
  lines: lines.map(([sku, quantity, price]) => ({ sku, name: `Item ${sku}`, quantity, unitPriceCents: price, totalCents: quantity * price })),
});

const refund = (id: number, at: string, amountCents: number, lines: [string, number, number][]): TimelineRefund => ({
  kind: "refund",
  id,
  at: new Date(at),
  channel: { channel: "in_store", storeName: null },
  orderId: 1,
  orderReference: "Sale #1",
  currency: "USD",
  amountCents,
  reason: null,
  lines: lines.map(([sku, quantity, amount]) => ({ sku, name: `Item ${sku}`, quantity, amountCents: amount, restock: true })),
});

describe("summarizeCustomerTimeline", () => {
  it("nets refunds out of lifetime value and top items", () => {
    const entries: TimelineEntry[] = [
      refund(1, "2026-03-05T00:00:00Z", 2000, [["B", 2, 2000]]),
      order(2, "2026-03-01T00:00:00Z", [["A", 1, 500], ["B", 2, 1000]]),
      order(1, "2026-01-01T00:00:00Z", [["A", 2, 500], ["C", 1, 900]]),
    ];
    const summary = summarizeCustomerTimeline(entries);
    expect(summary).toMatchObject({
      orderCount: 2,
      refundCount: 1,
      orderedCents: 2500 + 1900,
      refundedCents: 2000,
      lifetimeValueCents: 2400,
      firstVisitAt: new Date("2026-01-01T00:00:00Z"),
      lastVisitAt: new Date("2026-03-01T00:00:00Z"),
    });
    // B was bought twice and returned twice: it is not something they buy.
    expect(summary.topItems).toEqual([
      { sku: "A", name: "Item A", quantity: 3, orderCount: 2, spentCents: 1500 },
      { sku: "C", name: "Item C", quantity: 1, orderCount: 1, spentCents: 900 },
    ]);
  });

  it("answers nothing for a customer without orders", () => {
    expect(summarizeCustomerTimeline([])).toEqual({
      orderCount: 0,
      refundCount: 0,
      orderedCents: 0,
      refundedCents: 0,
      lifetimeValueCents: 0,
      firstVisitAt: null,
      lastVisitAt: null,
      topItems: [],
    });
  });

  it("keeps the top five by quantity, then spend", () => {
    const lines: [string, number, number][] = ["A", "B", "C", "D", "E", "F"].map((sku, index) => [sku, index + 1, 100]);
    expect(summarizeCustomerTimeline([order(1, "2026-01-01T00:00:00Z", lines)]).topItems.map((item) => item.sku)).toEqual(["F", "E", "D", "C", "B"]);
  });
});

describe("orderReference", () => {
  const base = { lightspeedSaleId: null, shopifyOrderId: null, stripePaymentIntentId: null, sourceKey: "x:1" };
  it("names an order the way its channel does", () => {
    expect(orderReference({ ...base, channel: "in_store", lightspeedSaleId: "41201" })).toBe("Sale #41201");
    expect(orderReference({ ...base, channel: "shopify", shopifyOrderId: "6012", lightspeedSaleId: "9" })).toBe("Shopify order 6012");
    expect(orderReference({ ...base, channel: "stripe", stripePaymentIntentId: "pi_1" })).toBe("Stripe payment pi_1");
    expect(orderReference({ ...base, channel: "stripe" })).toBe("x:1");
  });
});
