import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseStripeEvent, retrievePaymentIntent, stripeEventEnvelopeSchema, type HandledStripeEvent } from "@/lib/connectors/stripe";
import { ensureLightspeedCustomer } from "@/lib/customers/ensure-lightspeed-customer";
import { matchIdentity } from "@/lib/customers/match-identity";
import { customerIdentities, lightspeedLevels, orders, refunds, stockMovements } from "@/lib/db/schema";
import { buildStripeOrder } from "@/lib/orders/build-stripe-order";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { confirmRefund } from "@/lib/orders/confirm-refund";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { postRefund } from "@/lib/orders/post-refund";
import { recordRefund } from "@/lib/orders/record-refund";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";
import { resolveStripePayment } from "@/lib/orders/stripe-payment";
import { resolveStripeRefund } from "@/lib/orders/stripe-refund";
import { readSalesRollups, sumLedgerFresh } from "../../support/sales-rollups-check";
import { testDatabaseKinds } from "../../support/test-database";
import { startSandboxShop, type SandboxShop } from "./sandbox-shop";

describe.each(testDatabaseKinds())("money flows against the sandbox on %s", (kind) => {
  let shop: SandboxShop;
  const options = { registerId: "1", employeeId: "1" };

  beforeAll(async () => {
    shop = await startSandboxShop(kind);
  }, 120_000);
  afterAll(() => shop?.close());

  const stripeEvent = async (type: string): Promise<HandledStripeEvent> => {
    const delivery = await shop.nextDelivery(type);
    const parsed = parseStripeEvent(stripeEventEnvelopeSchema.parse(JSON.parse(delivery.body)));
    if (parsed.kind !== "handled") throw new Error(`${type} not handled`);
    return parsed.event;
  };
  const onHandOf = async (itemId: number) =>
    (await shop.database.db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId)))[0]?.onHand ?? 0;

  /** Plays a Stripe payment for `lines` through the domain, as handle-stripe-payment does. */
  const payWithStripe = async (lines: Array<{ sku: string; quantity: number; unitAmount: number }>, buyer: { email: string; name: string }) => {
    const db = shop.database.db;
    await shop.control("stripe", "payments", { lines, customer: { email: buyer.email, name: buyer.name, phone: null } });
    const resolved = await resolveStripePayment(shop.stripe, await stripeEvent("payment_intent.succeeded"));
    if (resolved.kind !== "payment") throw new Error("not a payment");
    const built = await buildStripeOrder(db, resolved.payment);
    if (built.kind !== "order") throw new Error(built.reason);
    const { payment } = resolved;
    const customer = await matchIdentity(db, { system: "stripe", shopifyStoreId: null, externalId: payment.buyer.externalId, name: payment.buyer.name, email: payment.buyer.email, phone: payment.buyer.phone }, { country: "US" });
    const reserved = await reserveOnlineOrder(db, { ...built.order, customerId: customer.customerId });
    const lightspeedCustomerId = await ensureLightspeedCustomer(db, shop.lightspeed, customer.customerId);
    const posted = await postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, options);
    if (!posted) throw new Error("not posted");
    await confirmPostedSale(db, { orderId: reserved.orderId, lightspeedSaleId: posted.lightspeedSaleId, saleTimestamp: new Date(posted.saleTimestamp), now: new Date() });
    return { payment, orderId: reserved.orderId, posted, customerId: customer.customerId, lightspeedCustomerId };
  };

  it("a Stripe payment becomes one Lightspeed sale tied to a new Lightspeed customer", async () => {
    const [item] = await shop.pickItems(1);
    if (!item) throw new Error("no item");
    const before = await onHandOf(item.id);
    const paid = await payWithStripe([{ sku: item.sku, quantity: 2, unitAmount: item.priceCents }], { email: "New.Buyer@example.com", name: "New Buyer" });
    expect(paid.lightspeedCustomerId).not.toBeNull();
    const [identity] = await shop.database.db
      .select()
      .from(customerIdentities)
      .where(and(eq(customerIdentities.customerId, paid.customerId), eq(customerIdentities.system, "lightspeed")));
    expect(identity?.externalId).toBe(paid.lightspeedCustomerId);
    expect(await onHandOf(item.id)).toBe(before - 2);
    const [order] = await shop.database.db.select().from(orders).where(eq(orders.id, paid.orderId));
    expect(order).toMatchObject({ channel: "stripe", status: "posted", lightspeedSaleId: paid.posted.lightspeedSaleId, stripePaymentIntentId: paid.payment.paymentIntentId });
    // Another event of the same payment (charge.succeeded, checkout.session.completed) posts nothing more.
    expect(await postOnlineOrderSale(shop.database.db, shop.lightspeed, paid.orderId, options)).toBeNull();
    const intent = await retrievePaymentIntent(shop.stripe, paid.payment.paymentIntentId ?? "");
    expect(intent.metadata["ls_lines"]).toBeDefined();
  });

  it("a full Stripe refund returns the whole sale; a failed one changes nothing", async () => {
    const [, item] = await shop.pickItems(2);
    if (!item) throw new Error("no item");
    const paid = await payWithStripe([{ sku: item.sku, quantity: 1, unitAmount: item.priceCents }], { email: "refund.me@example.com", name: "Refund Me" });
    const before = await onHandOf(item.id);

    await shop.control("stripe", "refunds", { paymentIntent: paid.payment.paymentIntentId, outcome: "failed" });
    await stripeEvent("refund.created");
    const failed = await resolveStripeRefund(shop.stripe, (await stripeEvent("refund.failed")).data.object.id);
    expect(failed.kind).toBe("no-change");

    await shop.control("stripe", "refunds", { paymentIntent: paid.payment.paymentIntentId });
    const resolved = await resolveStripeRefund(shop.stripe, (await stripeEvent("refund.created")).data.object.id);
    if (resolved.kind !== "refund") throw new Error(resolved.reason);
    expect(resolved.refund.scope.kind).toBe("whole-sale");
    const { refundId } = await recordRefund(shop.database.db, resolved.refund);
    expect((await recordRefund(shop.database.db, resolved.refund)).created).toBe(false);
    const posted = await postRefund(shop.database.db, shop.lightspeed, refundId, options);
    expect(posted.lightspeedRefundId).not.toBeNull();
    const confirmed = await confirmRefund(shop.database.db, refundId, { lightspeedRefundId: posted.lightspeedRefundId, refundTimestamp: new Date(), now: new Date() });
    expect(confirmed.itemIds).toEqual([item.id]);
    expect(await onHandOf(item.id)).toBe(before + 1);
    expect((await confirmRefund(shop.database.db, refundId, { lightspeedRefundId: posted.lightspeedRefundId, refundTimestamp: new Date(), now: new Date() })).confirmed).toBe(false);
    const [order] = await shop.database.db.select().from(orders).where(eq(orders.id, paid.orderId));
    expect(order?.status).toBe("refunded");
    const [refund] = await shop.database.db.select().from(refunds).where(eq(refunds.id, refundId));
    expect(refund?.lightspeedRefundId).toBe(posted.lightspeedRefundId);
    const restock = await shop.database.db
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.itemId, item.id), eq(stockMovements.kind, "refund_restock"), eq(stockMovements.orderId, paid.orderId)));
    expect(restock).toHaveLength(1);
  });

  it("a partial Stripe refund without lines is money only: nothing posted, nothing restocked", async () => {
    const [, , item] = await shop.pickItems(3);
    if (!item) throw new Error("no item");
    const paid = await payWithStripe([{ sku: item.sku, quantity: 2, unitAmount: item.priceCents }], { email: "partial@example.com", name: "Part Ial" });
    const before = await onHandOf(item.id);
    await shop.control("stripe", "refunds", { paymentIntent: paid.payment.paymentIntentId, amount: Math.max(1, Math.floor(item.priceCents / 2)) });
    const resolved = await resolveStripeRefund(shop.stripe, (await stripeEvent("refund.created")).data.object.id);
    if (resolved.kind !== "refund") throw new Error(resolved.reason);
    expect(resolved.refund.scope.kind).toBe("amount-only");
    const { refundId } = await recordRefund(shop.database.db, resolved.refund);
    const posted = await postRefund(shop.database.db, shop.lightspeed, refundId, options);
    expect(posted.lightspeedRefundId).toBeNull();
    await confirmRefund(shop.database.db, refundId, { lightspeedRefundId: null, refundTimestamp: new Date(), now: new Date() });
    expect(await onHandOf(item.id)).toBe(before);
    const [order] = await shop.database.db.select().from(orders).where(eq(orders.id, paid.orderId));
    expect(order?.status).toBe("partially_refunded");
  });

  it("keeps the sales rollups equal to a fresh sum of the ledger after these flows' writes", async () => {
    expect(await readSalesRollups(shop.database.db)).toEqual(await sumLedgerFresh(shop.database.db));
  });
});
