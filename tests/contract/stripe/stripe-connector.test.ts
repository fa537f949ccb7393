import Stripe from "stripe";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  extractPaymentLines,
  extractRefundLines,
  listCheckoutSessionLineItems,
  retrieveCharge,
  retrieveCustomer,
  retrievePaymentIntent,
  retrieveRefund,
  STRIPE_API_VERSION,
  StripeConnectorError,
  updatePaymentIntentMetadata,
  updateRefundMetadata,
  type StripeConnection,
} from "@/lib/connectors/stripe";
import { createStripeSandbox, type StripeSandbox } from "@/sandbox/stripe";
import { connectToSandbox } from "./support/sandbox-connection";

let sandbox: StripeSandbox;
let stripe: StripeConnection;

beforeAll(async () => {
  sandbox = await createStripeSandbox({ seed: "connector" });
  stripe = connectToSandbox(sandbox);
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

describe("Stripe connector against the sandbox", () => {
  it("pins the API version stripe@23.1.0 ships, and sends it", async () => {
    expect(STRIPE_API_VERSION).toBe(Stripe.API_VERSION);
    const { paymentIntent } = sandbox.createPayment({ lines: [{ sku: "A-1", quantity: 1, unitAmount: 500 }] });
    await retrievePaymentIntent(stripe, paymentIntent.id);
    const [request] = sandbox.snapshot().requests;
    expect(request?.stripeVersion).toBe(STRIPE_API_VERSION);
  });

  it("retrieves a PaymentIntent with latest_charge and customer expanded", async () => {
    const { paymentIntent, charge, customer } = sandbox.createPayment({
      lines: [{ sku: "MUG-01", quantity: 2, unitAmount: 1250 }],
      customer: { email: "Ada@Example.com ", name: "Ada Lovelace", phone: "+44 20 7946 0000" },
    });
    const retrieved = await retrievePaymentIntent(stripe, paymentIntent.id);
    expect(retrieved).toMatchObject({ id: paymentIntent.id, status: "succeeded", amount: 2500, livemode: false });
    expect(typeof retrieved.latest_charge === "object" && retrieved.latest_charge?.id).toBe(charge.id);
    expect(retrieved.customer).toMatchObject({ id: customer?.id, email: "Ada@Example.com ", phone: "+44 20 7946 0000" });

    const bare = await retrievePaymentIntent(stripe, paymentIntent.id, { expand: [] });
    expect(bare.latest_charge).toBe(charge.id);
    expect(bare.customer).toBe(customer?.id);

    expect(extractPaymentLines({ metadata: retrieved.metadata })).toEqual({
      kind: "lines",
      source: "metadata",
      lines: [{ sku: "MUG-01", quantity: 2, unitAmount: 1250 }],
      orderReference: null,
    });
  });

  it("writes the Lightspeed sale id into the PaymentIntent's metadata, keeping the other keys", async () => {
    const { paymentIntent } = sandbox.createPayment({
      lines: [{ sku: "A-1", quantity: 1, unitAmount: 900 }],
      metadata: { storefront: "web" },
    });
    const updated = await updatePaymentIntentMetadata(stripe, {
      paymentIntentId: paymentIntent.id,
      metadata: { lightspeed_sale_id: "4711" },
      idempotencyKey: `ls-sale:${paymentIntent.id}`,
    });
    expect(updated.metadata).toMatchObject({ lightspeed_sale_id: "4711", storefront: "web" });
    expect(updated.metadata.ls_lines).toBeDefined();
    const reread = await retrievePaymentIntent(stripe, paymentIntent.id, { expand: [] });
    expect(reread.metadata.lightspeed_sale_id).toBe("4711");
    // Stripe has no payment_intent.updated: the write-back makes no event.
    expect(sandbox.snapshot().events.map((event) => event.type)).not.toContain("payment_intent.updated");
  });

  it("lists a Checkout Session's line items with the product expanded, so its SKU metadata is there", async () => {
    const { checkoutSession } = sandbox.createPayment({
      checkout: true,
      lines: [
        { sku: "TEE-M-BLK", quantity: 2, unitAmount: 2500, name: "T-shirt M black" },
        { sku: "CAP-01", quantity: 1, unitAmount: 1800, name: "Cap" },
      ],
      customer: null,
      billingDetails: { email: "guest@example.com", name: "Guest", phone: null, postalCode: "10115" },
    });
    const sessionId = checkoutSession?.id ?? "";
    const items = await listCheckoutSessionLineItems(stripe, sessionId);
    expect(items).toHaveLength(2);
    expect(items[0]?.price?.product).toMatchObject({ object: "product", metadata: { sku: "TEE-M-BLK" } });
    expect(extractPaymentLines({ metadata: {}, checkoutLineItems: items })).toEqual({
      kind: "lines",
      source: "checkout_line_items",
      lines: [
        { sku: "TEE-M-BLK", quantity: 2, unitAmount: 2500 },
        { sku: "CAP-01", quantity: 1, unitAmount: 1800 },
      ],
      orderReference: null,
    });
  });

  it("pages through has_more when a session has more line items than one page", async () => {
    const lines = Array.from({ length: 5 }, (_, index) => ({ sku: `SKU-${index}`, quantity: 1, unitAmount: 100 }));
    const { checkoutSession } = sandbox.createPayment({ checkout: true, lines });
    const page = await stripe.sdk.checkout.sessions.listLineItems(checkoutSession?.id ?? "", { limit: 2 });
    expect(page.has_more).toBe(true);
    expect(page.data).toHaveLength(2);
    const all = await stripe.sdk.checkout.sessions.listLineItems(checkoutSession?.id ?? "", { limit: 2 }).autoPagingToArray({ limit: 10 });
    expect(all.map((item) => item.description)).toEqual(lines.map((line) => line.sku));
  });

  it("retrieves a Charge and a Customer", async () => {
    const { charge, customer } = sandbox.createPayment({
      lines: [{ sku: "A-1", quantity: 1, unitAmount: 700 }],
      customer: { email: "bo@example.com", name: "Bo", phone: null },
    });
    const retrievedCharge = await retrieveCharge(stripe, charge.id, { expandCustomer: true });
    expect(retrievedCharge).toMatchObject({ id: charge.id, amount: 700, amount_refunded: 0, status: "succeeded" });
    expect(retrievedCharge.billing_details).toMatchObject({ email: "bo@example.com", name: "Bo" });
    expect(retrievedCharge.customer).toMatchObject({ id: customer?.id });
    const retrievedCustomer = await retrieveCustomer(stripe, customer?.id ?? "");
    expect(retrievedCustomer).toMatchObject({ id: customer?.id, email: "bo@example.com", object: "customer" });
    expect(retrievedCustomer.deleted).not.toBe(true);
  });

  it("retrieves a refund with its charge and writes the Lightspeed refund id into its metadata", async () => {
    const { paymentIntent } = sandbox.createPayment({
      lines: [
        { sku: "A-1", quantity: 2, unitAmount: 1000 },
        { sku: "B-2", quantity: 1, unitAmount: 500 },
      ],
    });
    const { refund } = sandbox.createRefund({
      paymentIntent: paymentIntent.id,
      amount: 1000,
      lines: [{ sku: "A-1", quantity: 1 }],
      action: "credit",
    });
    const retrieved = await retrieveRefund(stripe, refund.id);
    expect(retrieved).toMatchObject({ id: refund.id, amount: 1000, status: "succeeded", payment_intent: paymentIntent.id });
    const chargeAmount = typeof retrieved.charge === "object" && retrieved.charge !== null ? retrieved.charge.amount : 0;
    expect(chargeAmount).toBe(2500);
    expect(extractRefundLines({ ...retrieved, chargeAmount })).toEqual({
      kind: "lines",
      action: "credit",
      amount: 1000,
      lines: [{ sku: "A-1", quantity: 1, restock: true, unitAmount: null }],
    });

    const eventsBefore = sandbox.snapshot().events.length;
    const updated = await updateRefundMetadata(stripe, {
      refundId: refund.id,
      metadata: { lightspeed_refund_id: "88" },
      idempotencyKey: `ls-refund:${refund.id}`,
    });
    expect(updated.metadata).toMatchObject({ lightspeed_refund_id: "88", ls_action: "credit" });
    const echo = sandbox.snapshot().events.slice(eventsBefore);
    expect(echo.map((event) => event.type)).toEqual(["charge.refund.updated", "refund.updated"]);
    expect(echo[0]?.data).toMatchObject({ previous_attributes: { metadata: { lightspeed_refund_id: null } } });
    expect(echo[0]?.request.idempotency_key).toBe(`ls-refund:${refund.id}`);
  });

  it("turns Stripe's errors into coded connector errors", async () => {
    const missing = await retrievePaymentIntent(stripe, "pi_doesnotexist").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(StripeConnectorError);
    expect(missing).toMatchObject({ code: "not_found", statusCode: 404, stripeCode: "resource_missing", retryable: false });
    expect(String(missing)).toContain("No such payment_intent: 'pi_doesnotexist'");

    const strict = await createStripeSandbox({ apiKeys: ["sk_test_only"] });
    try {
      const error = await retrieveCustomer(connectToSandbox(strict), "cus_x").catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: "authentication", statusCode: 401 });
    } finally {
      await strict.close();
    }
  });

  it("keeps test and live data apart, as Stripe does", async () => {
    const { paymentIntent } = sandbox.createPayment({ livemode: true, lines: [{ sku: "A", quantity: 1, unitAmount: 1 }] });
    await expect(retrievePaymentIntent(stripe, paymentIntent.id)).rejects.toMatchObject({ code: "not_found" });
    const live = connectToSandbox(sandbox, { secretKey: "sk_live_tillbridgeContract" });
    expect(live.mode).toBe("live");
    await expect(retrievePaymentIntent(live, paymentIntent.id)).resolves.toMatchObject({ livemode: true });
  });

  it("rejects what Stripe rejects: unknown parameters, non-metadata refund updates, bad metadata", async () => {
    const { refund } = sandbox.createRefund({
      paymentIntent: sandbox.createPayment({ lines: [{ sku: "A", quantity: 1, unitAmount: 100 }] }).paymentIntent.id,
    });
    const raw = await stripe.sdk.refunds
      .update(refund.id, { metadata: {}, ...{ amount: 5 } })
      .catch((error: unknown) => error);
    expect(raw).toMatchObject({ statusCode: 400, code: "parameter_unknown", param: "amount" });
    await expect(
      updateRefundMetadata(stripe, { refundId: refund.id, metadata: { "bad[key]": "x" }, idempotencyKey: "k-1" }),
    ).rejects.toThrow(/metadata keys may not contain/);
    await expect(
      updateRefundMetadata(stripe, { refundId: refund.id, metadata: { a: "x" }, idempotencyKey: "" }),
    ).rejects.toThrow();
  });
});
