import { afterEach, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe("Lightspeed customers", () => {
  it("creates a customer with its Contact and finds it by email or phone", async () => {
    harness = await startHarness();

    const created = await harness.adapter.createCustomer({
      firstName: "Grace",
      lastName: "Hopper",
      emails: [{ address: "grace@example.com" }],
      phones: [{ number: "(555) 010-2030" }, { number: "555-999-0000", useType: "Work" }],
    });

    expect(created).toMatchObject({
      firstName: "Grace",
      emails: [{ address: "grace@example.com", useType: "Primary" }],
      phones: [
        { number: "(555) 010-2030", useType: "Mobile" },
        { number: "555-999-0000", useType: "Work" },
      ],
    });
    expect((await harness.adapter.findCustomersByEmail("GRACE@example.com")).map((customer) => customer.customerId)).toEqual([
      created.customerId,
    ]);
    expect((await harness.adapter.findCustomersByPhone("5550102030")).map((customer) => customer.customerId)).toEqual([
      created.customerId,
    ]);
    expect(await harness.adapter.findCustomersByEmail("nobody@example.com")).toEqual([]);
  });
});

describe("Lightspeed payment types", () => {
  it("lists the built-in types and creates the custom Shopify and Stripe types once", async () => {
    harness = await startHarness();
    const builtIn = await harness.adapter.listPaymentTypes();
    expect(builtIn.map((type) => type.name)).toContain("Cash");

    const shopify = await harness.adapter.ensurePaymentType("Shopify");
    const stripe = await harness.adapter.ensurePaymentType("Stripe");
    const shopifyAgain = await harness.adapter.ensurePaymentType("shopify");

    expect(shopify).toMatchObject({ name: "Shopify", type: "user defined" });
    expect(shopifyAgain.paymentTypeId).toBe(shopify.paymentTypeId);
    expect(stripe.paymentTypeId).not.toBe(shopify.paymentTypeId);
    expect(await harness.adapter.listPaymentTypes()).toHaveLength(builtIn.length + 2);
  });

  it("creates a payment type once when many sales ask for it at the same moment", async () => {
    harness = await startHarness();
    const { adapter } = harness;
    const before = await adapter.listPaymentTypes();
    const asked = await Promise.all(Array.from({ length: 6 }, () => adapter.ensurePaymentType("Market Stall")));
    expect(new Set(asked.map((type) => type.paymentTypeId)).size).toBe(1);
    expect(await adapter.listPaymentTypes()).toHaveLength(before.length + 1);
  });
});
