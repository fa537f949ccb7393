import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  extractPaymentLines,
  extractRefundLines,
  retrievePaymentIntent,
  type StripeCheckoutLineItem,
} from "@/lib/connectors/stripe";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { connectToSandbox } from "./support/sandbox-connection";

function lineItem(overrides: {
  id?: string;
  quantity?: number | null;
  itemSku?: string;
  productSku?: string;
  priceSku?: string;
  productExpanded?: boolean;
  unitAmount?: number | null;
}): StripeCheckoutLineItem {
  const productMetadata: Record<string, string> = overrides.productSku ? { sku: overrides.productSku } : {};
  const product =
    overrides.productExpanded === false
      ? "prod_X"
      : { id: "prod_X", object: "product" as const, name: "Thing", metadata: productMetadata };
  return {
    id: overrides.id ?? "li_1",
    object: "item",
    description: "Thing",
    quantity: overrides.quantity === undefined ? 1 : overrides.quantity,
    amount_subtotal: 1000,
    amount_total: 1000,
    currency: "usd",
    metadata: overrides.itemSku ? { sku: overrides.itemSku } : {},
    price: {
      id: "price_1",
      object: "price",
      currency: "usd",
      unit_amount: overrides.unitAmount === undefined ? 1000 : overrides.unitAmount,
      product,
      metadata: overrides.priceSku ? { sku: overrides.priceSku } : {},
    },
  };
}

describe("extractPaymentLines", () => {
  it("reads ls_lines", () => {
    expect(extractPaymentLines({ metadata: { ls_lines: '[{"sku":"A-1","q":2,"u":1500},{"sku":"B","q":1}]' } })).toEqual({
      kind: "lines",
      source: "metadata",
      lines: [
        { sku: "A-1", quantity: 2, unitAmount: 1500 },
        { sku: "B", quantity: 1, unitAmount: null },
      ],
      orderReference: null,
    });
  });

  it("concatenates ls_lines_2, ls_lines_3 … and stops at the first gap", () => {
    const result = extractPaymentLines({
      metadata: { ls_lines: '[{"sku":"A","q":1}]', ls_lines_2: '[{"sku":"B","q":1}]', ls_lines_4: '[{"sku":"D","q":1}]' },
    });
    expect(result.kind === "lines" && result.lines.map((line) => line.sku)).toEqual(["A", "B"]);
  });

  it.each([
    ["not JSON", "[{sku:A}]", /not JSON/],
    ["a zero quantity", '[{"sku":"A","q":0}]', /invalid line/],
    ["a missing sku", '[{"q":1}]', /invalid line/],
    ["a blank sku", '[{"sku":"  ","q":1}]', /invalid line/],
    ["a fractional quantity", '[{"sku":"A","q":1.5}]', /invalid line/],
    ["an empty list", "[]", /empty list/],
  ])("refuses %s rather than guessing", (_, value, reason) => {
    const result = extractPaymentLines({ metadata: { ls_lines: value, ls_order_ref: "web-1001" } });
    expect(result).toMatchObject({ kind: "invalid", orderReference: "web-1001" });
    expect(result.kind === "invalid" && result.reason).toMatch(reason);
  });

  it("has no lines (needs attention) when nothing says what was bought, keeping an order reference", () => {
    expect(extractPaymentLines({ metadata: {} })).toEqual({ kind: "no_lines", orderReference: null });
    expect(extractPaymentLines({ metadata: { ls_order_ref: " web-1002 " }, checkoutLineItems: [] })).toEqual({
      kind: "no_lines",
      orderReference: "web-1002",
    });
  });

  it("prefers ls_lines over Checkout line items", () => {
    const result = extractPaymentLines({
      metadata: { ls_lines: '[{"sku":"META","q":3}]' },
      checkoutLineItems: [lineItem({ productSku: "PRODUCT" })],
    });
    expect(result).toMatchObject({ kind: "lines", source: "metadata", lines: [{ sku: "META", quantity: 3 }] });
  });

  it("takes a line item's SKU from its own metadata, then the product's, then the price's", () => {
    const items = [
      lineItem({ id: "li_a", itemSku: "ITEM", productSku: "PRODUCT", priceSku: "PRICE" }),
      lineItem({ id: "li_b", productSku: "PRODUCT", priceSku: "PRICE", quantity: 2, unitAmount: 700 }),
      lineItem({ id: "li_c", priceSku: "PRICE", productExpanded: false, unitAmount: null }),
    ];
    expect(extractPaymentLines({ metadata: {}, checkoutLineItems: items })).toEqual({
      kind: "lines",
      source: "checkout_line_items",
      lines: [
        { sku: "ITEM", quantity: 1, unitAmount: 1000 },
        { sku: "PRODUCT", quantity: 2, unitAmount: 700 },
        { sku: "PRICE", quantity: 1, unitAmount: null },
      ],
      orderReference: null,
    });
  });

  it("refuses a Checkout line without SKU or quantity", () => {
    expect(extractPaymentLines({ metadata: {}, checkoutLineItems: [lineItem({ productSku: "A" }), lineItem({ id: "li_nosku" })] })).toMatchObject({
      kind: "invalid",
      reason: "line item li_nosku has no SKU in its metadata",
    });
    expect(extractPaymentLines({ metadata: {}, checkoutLineItems: [lineItem({ productSku: "A", quantity: null })] })).toMatchObject({
      kind: "invalid",
    });
  });
});

describe("extractRefundLines", () => {
  const refund = (overrides: Partial<Parameters<typeof extractRefundLines>[0]>) =>
    extractRefundLines({ amount: 1000, status: "succeeded", metadata: {}, chargeAmount: 5000, ...overrides });

  it("reads ls_lines with restock flags and ls_action", () => {
    expect(
      refund({ metadata: { ls_lines: '[{"sku":"A","q":1},{"sku":"B","q":2,"r":false,"u":250}]', ls_action: "credit" } }),
    ).toEqual({
      kind: "lines",
      action: "credit",
      amount: 1000,
      lines: [
        { sku: "A", quantity: 1, restock: true, unitAmount: null },
        { sku: "B", quantity: 2, restock: false, unitAmount: 250 },
      ],
    });
  });

  it("without lines: the whole charge (or ls_action=void) is a void, part of it an amount-only credit", () => {
    expect(refund({ amount: 5000 })).toEqual({ kind: "full_without_lines", amount: 5000 });
    expect(refund({ metadata: { ls_action: "void" } })).toEqual({ kind: "full_without_lines", amount: 1000 });
    expect(refund({})).toEqual({ kind: "partial_without_lines", amount: 1000 });
  });

  it("failed and canceled refunds change nothing; pending ones wait", () => {
    expect(refund({ status: "failed" })).toEqual({ kind: "no_effect", status: "failed" });
    expect(refund({ status: "canceled", metadata: { ls_lines: '[{"sku":"A","q":1}]' } })).toEqual({ kind: "no_effect", status: "canceled" });
    expect(refund({ status: "pending" })).toEqual({ kind: "not_settled", status: "pending" });
    expect(refund({ status: null })).toEqual({ kind: "not_settled", status: null });
  });

  it("refuses malformed metadata", () => {
    expect(refund({ metadata: { ls_action: "restock" } })).toMatchObject({ kind: "invalid" });
    expect(refund({ metadata: { ls_lines: "oops" } })).toMatchObject({ kind: "invalid", reason: "ls_lines is not JSON" });
  });
});

describe("the sandbox writes lines the way the connector reads them", () => {
  let sandbox: StripeSandbox;
  beforeAll(async () => {
    sandbox = await createStripeSandbox({ seed: "lines" });
  });
  afterAll(async () => sandbox.close());

  it("an order too long for one metadata value is split over ls_lines, ls_lines_2, …", async () => {
    const lines = Array.from({ length: 40 }, (_, index) => ({ sku: `SKU-LONG-NAME-${index}`, quantity: 1 + (index % 3), unitAmount: 100 + index }));
    const { paymentIntent } = sandbox.createPayment({ lines });
    expect(Object.keys(paymentIntent.metadata)).toEqual(expect.arrayContaining(["ls_lines", "ls_lines_2", "ls_lines_3"]));
    for (const value of Object.values(paymentIntent.metadata)) expect(value.length).toBeLessThanOrEqual(500);
    const retrieved = await retrievePaymentIntent(connectToSandbox(sandbox), paymentIntent.id, { expand: [] });
    const result = extractPaymentLines({ metadata: retrieved.metadata });
    expect(result.kind === "lines" && result.lines).toEqual(
      lines.map((line) => ({ sku: line.sku, quantity: line.quantity, unitAmount: line.unitAmount })),
    );
  });
});
