import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { verifyShopifyWebhook } from "@/lib/connectors/shopify";
import {
  createStripeConnection,
  extractPaymentLines,
  extractRefundLines,
  listCheckoutSessionLineItems,
  retrievePaymentIntent,
  retrieveRefund,
  verifyStripeWebhook,
  type StripeConnection,
} from "@/lib/connectors/stripe";
import { loadSandboxCatalog } from "@/sandbox/run/load-sandbox-catalog";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { createTrafficGenerator } from "@/sandbox/traffic/create-traffic-generator";
import type { TrafficEvent, TrafficLine } from "@/sandbox/traffic/traffic-event";
import { startReceiver } from "../shopify/shopify-fixture";
import { inspectStore, readLevels, settleWebhooks, type Levels } from "./sandbox-levels";
import { smallCatalog, storeDomains } from "./small-catalog";

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const sortLines = (lines: ReadonlyArray<{ sku: string; quantity: number }>): TrafficLine[] =>
  lines.map((line) => ({ sku: line.sku, quantity: line.quantity })).sort((a, b) => a.sku.localeCompare(b.sku));

/** The event without the systems' ids and the clock: what a seed decides. */
const decided = (event: TrafficEvent): unknown =>
  JSON.parse(JSON.stringify(event, (key: string, value: unknown) => (key === "at" || (key.endsWith("Id") && key !== "shopId") ? undefined : value)));

/** The levels an event should leave behind, from the levels before it. */
function expectedAfter(before: Levels, event: TrafficEvent): Levels {
  const after = new Map(before);
  const move = (key: string, delta: number) => after.set(key, (after.get(key) ?? 0) + delta);
  if (event.kind === "till-sale") for (const line of event.lines) move(`${line.sku}@${event.shopId}`, -line.quantity);
  if (event.kind === "shopify-order") for (const line of event.lines) move(`${line.sku}@${event.domain}`, -line.quantity);
  if (event.kind === "shopify-refund" && event.restock) for (const line of event.lines) move(`${line.sku}@${event.domain}`, line.quantity);
  if (event.kind === "shopify-stock-edit") after.set(`${event.sku}@${event.domain}`, event.after);
  return after;
}

describe("the traffic generator", () => {
  let sandbox: RunningSandbox;
  let receiver: Receiver;
  let stripe: StripeConnection;

  beforeAll(async () => {
    receiver = await startReceiver();
    sandbox = await startSandbox({
      shopifyStoreDomains: [...storeDomains],
      webhookTargets: { shopify: `${receiver.url}/shopify`, stripe: `${receiver.url}/stripe` },
      timeScale: 50,
      seed: 3,
    });
    stripe = createStripeConnection({ secretKey: sandbox.stripe.secretKey, apiBase: sandbox.stripe, maxNetworkRetries: 0 });
  });

  afterAll(async () => {
    await sandbox?.close();
    await receiver?.close();
  });

  it("plays the same events for the same seed on the same sandbox, and others for another seed", async () => {
    const play = async (seed: number) => {
      await loadSandboxCatalog(sandbox, smallCatalog());
      const generator = createTrafficGenerator({ sandbox, seed, eventsPerMinute: 60 });
      const events: unknown[] = [];
      for (let index = 0; index < 30; index += 1) events.push(decided(await generator.playOne()));
      return events;
    };
    const first = await play(5);
    expect(await play(5)).toEqual(first);
    expect(await play(6)).not.toEqual(first);
  });

  const played: TrafficEvent[] = [];

  it("changes the simulated systems as each kind of event says, through the control APIs only", async () => {
    await settleWebhooks(sandbox);
    await loadSandboxCatalog(sandbox, smallCatalog());
    receiver.received.length = 0;
    const generator = createTrafficGenerator({ sandbox, seed: 11, eventsPerMinute: 60 });
    for (let index = 0; index < 90; index += 1) {
      const before = await readLevels(sandbox);
      const event = await generator.playOne();
      played.push(event);
      expect(await readLevels(sandbox), `event ${JSON.stringify(event)}`).toEqual(expectedAfter(before, event));

      if (event.kind === "stripe-payment") {
        const intent = await retrievePaymentIntent(stripe, event.paymentIntentId);
        const items = event.checkoutSessionId === null ? [] : await listCheckoutSessionLineItems(stripe, event.checkoutSessionId);
        const lines = extractPaymentLines({ metadata: intent.metadata, checkoutLineItems: items });
        if (event.linesIn === "none") expect(lines.kind).toBe("no_lines");
        else expect(lines.kind === "lines" ? { source: lines.source, lines: sortLines(lines.lines) } : lines).toEqual({
          source: event.linesIn === "checkout" ? "checkout_line_items" : "metadata",
          lines: sortLines(event.lines),
        });
      }
      if (event.kind === "stripe-refund") {
        const refund = await retrieveRefund(stripe, event.refundId);
        const chargeAmount = typeof refund.charge === "object" && refund.charge !== null ? refund.charge.amount : 0;
        const meaning = extractRefundLines({ amount: refund.amount, status: refund.status, metadata: refund.metadata, chargeAmount });
        if (event.withLines) {
          expect(meaning.kind === "lines" ? sortLines(meaning.lines) : meaning).toEqual(sortLines(event.lines));
          expect(meaning.kind === "lines" && meaning.lines.every((line) => line.restock === event.restock)).toBe(true);
        } else {
          expect(meaning.kind).toBe(event.full ? "full_without_lines" : "partial_without_lines");
        }
      }
      if (event.kind === "shopify-order") {
        const store = await inspectStore(sandbox, event.domain);
        expect(store.orders.find((order) => order.id === event.orderId)).toMatchObject({ email: event.buyer.email });
      }
      if (event.kind === "shopify-refund") {
        const store = await inspectStore(sandbox, event.domain);
        const refund = store.refunds.find((candidate) => candidate.id === event.refundId);
        expect(refund?.lines.every((line) => (line.restockType === "no_restock") !== event.restock)).toBe(true);
      }
    }

    const variants = new Set(
      played.map((event) => {
        if (event.kind === "shopify-refund") return `${event.kind} restock=${event.restock}`;
        if (event.kind === "stripe-refund") return `${event.kind} lines=${event.withLines}`;
        if (event.kind === "stripe-payment") return `${event.kind} ${event.linesIn}`;
        return event.kind;
      }),
    );
    for (const variant of [
      "till-sale",
      "shopify-order",
      "stripe-payment metadata",
      "stripe-payment checkout",
      "shopify-refund restock=true",
      "shopify-refund restock=false",
      "stripe-refund lines=true",
      "stripe-refund lines=false",
      "shopify-stock-edit",
    ]) {
      expect(variants, variant).toContain(variant);
    }
    expect(played.some((event) => event.kind === "shopify-order" && event.buyer.existing)).toBe(true);
    expect(played.some((event) => event.kind === "shopify-order" && !event.buyer.existing)).toBe(true);
    expect(new Set(played.flatMap((event) => (event.kind === "shopify-order" ? [event.domain] : [])))).toEqual(new Set(storeDomains));
  });

  it("has the stores and Stripe send their signed webhooks to the given targets (the events above)", async () => {
    expect(played.length).toBeGreaterThan(0);
    await settleWebhooks(sandbox);
    const shopify = receiver.received.filter((hook) => hook.headers["x-shopify-topic"] !== undefined);
    for (const hook of shopify) {
      const store = sandbox.shopify.stores.find((candidate) => candidate.domain === hook.headers["x-shopify-shop-domain"]);
      expect(verifyShopifyWebhook(hook.body, String(hook.headers["x-shopify-hmac-sha256"]), [store?.webhookSecret ?? ""])).toBe(true);
    }
    const idsOf = (topic: string) =>
      new Set(shopify.filter((hook) => hook.headers["x-shopify-topic"] === topic).map((hook) => z.object({ id: z.number() }).parse(JSON.parse(hook.body)).id));
    const legacy = (gid: string) => Number(gid.slice(gid.lastIndexOf("/") + 1));
    expect(idsOf("orders/create")).toEqual(new Set(played.flatMap((event) => (event.kind === "shopify-order" ? [legacy(event.orderId)] : []))));
    expect(idsOf("refunds/create")).toEqual(new Set(played.flatMap((event) => (event.kind === "shopify-refund" ? [legacy(event.refundId)] : []))));
    expect(shopify.some((hook) => hook.headers["x-shopify-topic"] === "inventory_levels/update")).toBe(true);

    const stripeEvents = receiver.received
      .filter((hook) => hook.headers["stripe-signature"] !== undefined)
      .map((hook) => verifyStripeWebhook(hook.body, String(hook.headers["stripe-signature"]), [sandbox.stripe.webhookSecret], 300));
    const objectIds = (type: string) =>
      new Set(stripeEvents.flatMap((verified) => (verified.ok && verified.event.type === type ? [z.object({ id: z.string() }).parse(verified.event.data.object).id] : [])));
    expect(stripeEvents.every((verified) => verified.ok)).toBe(true);
    expect(objectIds("payment_intent.succeeded")).toEqual(new Set(played.flatMap((event) => (event.kind === "stripe-payment" ? [event.paymentIntentId] : []))));
    expect(objectIds("refund.created")).toEqual(new Set(played.flatMap((event) => (event.kind === "stripe-refund" ? [event.refundId] : []))));
  });

  it("never sells more than the systems show available, nor a unit twice across channels", async () => {
    const scarce = smallCatalog({ count: 8, qoh: (index) => index % 4 });
    await loadSandboxCatalog(sandbox, scarce);
    const initial = await readLevels(sandbox);
    const generator = createTrafficGenerator({
      sandbox,
      seed: 21,
      eventsPerMinute: 60,
      mix: { "till-sale": 3, "shopify-order": 3, "stripe-payment": 2 },
    });
    const events: TrafficEvent[] = [];
    for (let index = 0; index < 40; index += 1) events.push(await generator.playOne());

    const levels = await readLevels(sandbox);
    expect([...levels.values()].every((level) => level >= 0)).toBe(true);
    const sold = new Map<string, number>();
    for (const event of events) {
      if (event.kind !== "till-sale" && event.kind !== "shopify-order" && event.kind !== "stripe-payment") continue;
      for (const line of event.lines) sold.set(line.sku, (sold.get(line.sku) ?? 0) + line.quantity);
    }
    for (const [sku, units] of sold) expect(units, sku).toBeLessThanOrEqual(initial.get(`${sku}@1`) ?? 0);
    expect(events.at(-1)?.kind).toBe("skipped");
    expect(generator.stats().byKind.skipped).toBeGreaterThan(0);
  });

  it("paces itself with start() and stops cleanly", async () => {
    await loadSandboxCatalog(sandbox, smallCatalog());
    const seen: TrafficEvent[] = [];
    const generator = createTrafficGenerator({ sandbox, seed: 2, eventsPerMinute: 1_200, onEvent: (event) => seen.push(event) });
    generator.start();
    await new Promise((resolve) => setTimeout(resolve, 800));
    await generator.stop();
    const stopped = seen.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.length).toBe(stopped);
    expect(stopped).toBeGreaterThanOrEqual(3);
    expect(generator.stats()).toMatchObject({ running: false, played: stopped, failed: 0 });
  });
});
