import type { DemoIdentity } from "./customers";
import type { DemoOrder, DemoRefund } from "./order-types";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { Random } from "./random";
import { demoStore, type StoreKey } from "./stores";

export type InboxTag = "order" | "pending" | "payment" | "payment-without-lines" | "refund" | "echo" | "admin-edit" | "failed" | "stripe-refund";

/** One recorded webhook and the engine run that handled it. */
export type DemoInboxEntry = {
  tag: InboxTag;
  provider: "shopify" | "stripe";
  providerEventId: string;
  topic: string;
  shopDomain: string | null;
  headers: Record<string, string>;
  rawBody: string;
  status: "sent" | "processed" | "ignored" | "failed";
  statusReason: string | null;
  attempts: number;
  lastError: string | null;
  receivedAt: Date;
  functionId: string;
  eventName: string;
  /** The order or payment it is about, when there is one. */
  orderSourceKey: string | null;
};

const apiVersion = "2025-10";
const money = (cents: number): string => (cents / 100).toFixed(2);
const numeric = (gid: string): number => Number(gid.split("/").pop()?.split("?")[0] ?? 0);

function uuid(random: Random): string {
  const hex = random.token(32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function buildInboxEntries(random: Random, plan: DemoShopPlan): DemoInboxEntry[] {
  const identities = new Map<string, DemoIdentity>(plan.people.flatMap((person) => person.identities.map((identity) => [identity.key, identity] as const)));
  const variantOf = (storeKey: StoreKey, sku: string) => plan.listings.variants.find((variant) => variant.storeKey === storeKey && variant.itemSku === sku);
  const entries: DemoInboxEntry[] = [];
  const shopify = (tag: InboxTag, storeKey: StoreKey, topic: string, at: Date, body: unknown, extra: Partial<DemoInboxEntry> = {}): void => {
    const store = demoStore(storeKey);
    const webhookId = uuid(random);
    entries.push({
      tag,
      provider: "shopify",
      providerEventId: webhookId,
      topic,
      shopDomain: store.domain,
      headers: { "x-shopify-topic": topic, "x-shopify-shop-domain": store.domain, "x-shopify-triggered-at": at.toISOString(), "x-shopify-api-version": apiVersion, "x-shopify-webhook-id": webhookId },
      rawBody: JSON.stringify(body),
      status: "processed",
      statusReason: null,
      attempts: 1,
      lastError: null,
      receivedAt: new Date(at.getTime() + random.int(300, 1500)),
      functionId: `shopify-${topic.replace(/[/_]/g, "-")}`,
      eventName: `shopify/${topic.replace("/", ".")}`,
      orderSourceKey: null,
      ...extra,
    });
  };
  const stripe = (tag: InboxTag, type: string, at: Date, object: Record<string, unknown>, extra: Partial<DemoInboxEntry> = {}): void => {
    const eventId = `evt_3${random.token(23, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}`;
    entries.push({
      tag,
      provider: "stripe",
      providerEventId: eventId,
      topic: type,
      shopDomain: null,
      headers: { "content-type": "application/json; charset=utf-8" },
      rawBody: JSON.stringify({ id: eventId, object: "event", api_version: "2025-10-29.clover", created: Math.floor(at.getTime() / 1000), livemode: false, type, data: { object } }),
      status: "processed",
      statusReason: null,
      attempts: 1,
      lastError: null,
      receivedAt: new Date(at.getTime() + random.int(300, 1500)),
      functionId: `stripe-${type.replace(/[._]/g, "-")}`,
      eventName: `stripe/${type}`,
      orderSourceKey: null,
      ...extra,
    });
  };
  const shopifyOrderBody = (order: DemoOrder) => {
    const customer = order.identityKey ? identities.get(order.identityKey) : undefined;
    return {
      id: Number(order.shopifyOrderId),
      admin_graphql_api_id: `gid://shopify/Order/${order.shopifyOrderId ?? ""}`,
      created_at: order.placedAt.toISOString(),
      currency: plan.currency,
      email: customer?.email ?? null,
      financial_status: "paid",
      subtotal_price: money(order.subtotalCents),
      total_tax: money(order.taxCents),
      total_price: money(order.totalCents),
      customer: customer ? { id: Number(customer.externalId), email: customer.email, phone: customer.phone } : null,
      line_items: order.lines.map((line) => {
        const variant = order.storeKey ? variantOf(order.storeKey, line.sku) : undefined;
        return { id: random.int(10_000_000, 99_999_999) * 1000, variant_id: variant ? numeric(variant.variantId) : null, sku: line.sku, title: line.name, quantity: line.quantity, price: money(line.unitPriceCents) };
      }),
    };
  };
  const paymentIntent = (order: DemoOrder, withLines: boolean) => ({
    id: order.stripePaymentIntentId,
    object: "payment_intent",
    amount: order.totalCents,
    currency: plan.currency.toLowerCase(),
    status: "succeeded",
    customer: order.identityKey ? (identities.get(order.identityKey)?.externalId ?? null) : null,
    metadata: withLines ? { lines: JSON.stringify(order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity }))) } : {},
  });

  const posted = plan.orders.filter((order) => order.status === "posted");
  const lastOf = (predicate: (order: DemoOrder) => boolean) => [...posted].reverse().find(predicate);
  const lastMain = lastOf((order) => order.channel === "shopify" && order.storeKey === "main");
  if (lastMain) shopify("order", "main", "orders/create", lastMain.placedAt, shopifyOrderBody(lastMain), { orderSourceKey: lastMain.sourceKey });
  const lastStripe = lastOf((order) => order.channel === "stripe");
  if (lastStripe) stripe("payment", "payment_intent.succeeded", lastStripe.placedAt, paymentIntent(lastStripe, true), { orderSourceKey: lastStripe.sourceKey });
  const pendingOrders = plan.orders.filter((candidate) => candidate.status === "pending");
  // One online order's handling gave up while Lightspeed was down: the owner can replay it, and it posts then.
  const failedOrder = pendingOrders.find((order) => order.channel === "shopify" && order.storeKey !== null);
  for (const order of pendingOrders) {
    const pending = { status: "sent" as const, orderSourceKey: order.sourceKey };
    if (order === failedOrder && order.storeKey) {
      shopify("failed", order.storeKey, "orders/create", order.placedAt, shopifyOrderBody(order), {
        status: "failed",
        attempts: 5,
        lastError: "Lightspeed POST Sale: 503 Service Unavailable (gave up after 5 attempts)",
        orderSourceKey: order.sourceKey,
      });
    } else if (order.channel === "stripe") stripe("pending", "payment_intent.succeeded", order.placedAt, paymentIntent(order, true), pending);
    else if (order.storeKey) shopify("pending", order.storeKey, "orders/create", order.placedAt, shopifyOrderBody(order), pending);
  }
  const bare = plan.orders.find((order) => order.status === "needs_attention");
  if (bare) stripe("payment-without-lines", "payment_intent.succeeded", bare.placedAt, paymentIntent(bare, false), { orderSourceKey: bare.sourceKey });

  const refunded = (channel: DemoOrder["channel"]): { order: DemoOrder; refund: DemoRefund } | undefined =>
    plan.orders
      .filter((order) => order.channel === channel)
      .flatMap((order) => order.refunds.map((refund) => ({ order, refund })))
      .sort((a, b) => b.refund.createdAt.getTime() - a.refund.createdAt.getTime())[0];
  const shopifyRefund = refunded("shopify");
  if (shopifyRefund?.order.storeKey) {
    const { order, refund } = shopifyRefund;
    shopify("refund", shopifyRefund.order.storeKey, "refunds/create", refund.createdAt, {
      id: Number(refund.sourceKey.split(":").pop()),
      order_id: Number(order.shopifyOrderId),
      created_at: refund.createdAt.toISOString(),
      note: refund.reason,
      refund_line_items: refund.lines.map((line) => ({ quantity: line.quantity, restock_type: line.restock ? "return" : "no_restock", subtotal: money(line.amountCents), line_item: { sku: line.sku } })),
      transactions: [{ kind: "refund", status: "success", amount: money(refund.amountCents) }],
    }, { orderSourceKey: order.sourceKey });
  }
  const stripeRefund = refunded("stripe");
  if (stripeRefund) {
    const { order, refund } = stripeRefund;
    stripe("stripe-refund", "charge.refunded", refund.createdAt, {
      id: `ch_3${random.token(23, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}`,
      object: "charge",
      amount: order.totalCents,
      amount_refunded: refund.amountCents,
      currency: plan.currency.toLowerCase(),
      payment_intent: order.stripePaymentIntentId,
      refunded: refund.amountCents >= order.totalCents,
    }, { orderSourceKey: order.sourceKey });
  }

  const drift = plan.storeLevels.openDrifts.find((candidate) => candidate.actual > candidate.expected);
  const driftVariant = drift ? variantOf(drift.storeKey, drift.sku) : undefined;
  if (drift && driftVariant) {
    shopify("admin-edit", drift.storeKey, "inventory_levels/update", drift.detectedAt, {
      inventory_item_id: numeric(driftVariant.inventoryItemId),
      location_id: numeric(demoStore(drift.storeKey).locationId),
      available: drift.actual,
      updated_at: drift.detectedAt.toISOString(),
    });
  }
  const lastWrite = [...plan.storeLevels.writes].filter((write) => write.storeKey === "main").sort((a, b) => b.writtenAt.getTime() - a.writtenAt.getTime())[0];
  if (lastWrite) {
    shopify("echo", "main", "inventory_levels/update", new Date(lastWrite.writtenAt.getTime() + 400), {
      inventory_item_id: numeric(lastWrite.inventoryItemId),
      location_id: numeric(lastWrite.locationId),
      available: lastWrite.quantity,
      updated_at: lastWrite.writtenAt.toISOString(),
    }, { status: "ignored", statusReason: `Echo of the portal's own write (available ${lastWrite.quantity}, key ${lastWrite.idempotencyKey})` });
  }
  return entries.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}
