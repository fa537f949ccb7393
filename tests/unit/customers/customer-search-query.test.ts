import { describe, expect, it } from "vitest";
import { customerSearchParamsSchema, customerSearchQuerySchema } from "@/lib/customers/customer-search-query";
import { salesChannelLabel } from "@/lib/customers/sales-channel";

describe("customer search input", () => {
  it("trims and collapses what was typed", () => {
    expect(customerSearchQuerySchema.parse("  ann \t smith ")).toBe("ann smith");
  });

  it("refuses queries over 100 characters", () => {
    expect(customerSearchQuerySchema.safeParse("a".repeat(101)).success).toBe(false);
  });

  it("reads a missing or repeated ?q= as empty", () => {
    expect(customerSearchParamsSchema.parse({}).q).toBe("");
    expect(customerSearchParamsSchema.parse({ q: ["a", "b"] }).q).toBe("");
    expect(customerSearchParamsSchema.parse({ q: " 212 " }).q).toBe("212");
  });
});

describe("salesChannelLabel", () => {
  it("names each channel, Shopify by store", () => {
    expect(salesChannelLabel({ channel: "in_store", storeName: null })).toBe("In store");
    expect(salesChannelLabel({ channel: "shopify", storeName: "Outlet" })).toBe("Shopify · Outlet");
    expect(salesChannelLabel({ channel: "shopify", storeName: null })).toBe("Shopify");
    expect(salesChannelLabel({ channel: "stripe", storeName: null })).toBe("Stripe");
  });
});
