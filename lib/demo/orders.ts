import type { DemoItem } from "./catalog";
import type { DemoIdentity, DemoPerson } from "./customers";
import { dayDemand, hourWeight, hoursOpen, isClosedDay, seasonalFactor } from "./demand-calendar";
import { orderTotals, type DemoOrder, type DemoOrderLine, type OrderChannel } from "./order-types";
import { createWeightedTable, type Random } from "./random";
import { duplicateOutletSku } from "./store-listings";
import { demoStore, type StoreKey } from "./stores";
import { addDays, fromLocalDateTime, toLocalDateTime, type LocalDate } from "./zoned-time";

export type SalesChannel = "in_store" | "shopify:main" | "shopify:outlet" | "stripe";

export type OrderContext = { random: Random; now: Date; windowStart: Date; timeZone: string; taxRate: number };

/** Orders a day on an ordinary day, before the calendar's factors. */
const dailyOrders: Record<SalesChannel, number> = { in_store: 34, "shopify:main": 11, "shopify:outlet": 3.2, stripe: 1.4 };
/** Share of in-store sales rung up against a customer account. */
const inStoreWithCustomer = 0.45;
const onlineCutoffMs = 10 * 60_000;

function sells(item: DemoItem, channel: SalesChannel): boolean {
  if (channel === "shopify:main") return item.listedIn.main;
  if (channel === "shopify:outlet") return item.listedIn.outlet && item.sku !== duplicateOutletSku;
  if (channel === "stripe") return item.listedIn.stripe;
  return true;
}

function lineName(item: DemoItem): string {
  return item.variantName ? `${item.name} — ${item.variantName}` : item.name;
}

function quantityFor(random: Random, item: DemoItem, channel: SalesChannel): number {
  if (channel === "stripe" && item.consumable) return random.int(2, 10);
  if (item.consumable) return random.weighted([1, 2, 3], (quantity) => [70, 22, 8][quantity - 1] ?? 0);
  if (item.category === "Mugs & Cups") return random.weighted([1, 2, 4], (quantity) => (quantity === 1 ? 75 : quantity === 2 ? 15 : 10));
  return random.chance(0.92) ? 1 : 2;
}

const lineCountWeights: Record<SalesChannel, number[]> = {
  in_store: [55, 28, 12, 5],
  "shopify:main": [40, 30, 18, 8, 4],
  "shopify:outlet": [45, 30, 15, 10],
  stripe: [50, 35, 15],
};

/** Picks the lines of one order: distinct items, weighted by popularity and season. */
export function pickLines(context: OrderContext, pickItem: (random: Random) => DemoItem | undefined, channel: SalesChannel): DemoOrderLine[] {
  const { random } = context;
  const weights = lineCountWeights[channel];
  const count = random.weighted(weights.map((_, index) => index + 1), (lines) => weights[lines - 1] ?? 0);
  const priceFactor = channel === "shopify:outlet" ? demoStore("outlet").priceFactor : 1;
  const chosen = new Map<string, DemoOrderLine>();
  for (let attempt = 0; attempt < count * 4 && chosen.size < count; attempt += 1) {
    const item = pickItem(random);
    if (!item || chosen.has(item.sku)) continue;
    const quantity = quantityFor(random, item, channel);
    const unitPriceCents = Math.round((item.priceCents * priceFactor) / 5) * 5;
    chosen.set(item.sku, { sku: item.sku, name: lineName(item), quantity, unitPriceCents, totalCents: unitPriceCents * quantity });
  }
  return [...chosen.values()];
}

/** Weighted item pickers per channel, cached per seasonal mix (the mix changes a few times a year). */
export function createItemPicker(items: readonly DemoItem[]): (channel: SalesChannel, date: LocalDate) => (random: Random) => DemoItem | undefined {
  const cache = new Map<string, (random: Random) => DemoItem | undefined>();
  return (channel, date) => {
    const key = `${channel}|${seasonalFactor("holiday", date)}|${seasonalFactor("summer", date)}`;
    let picker = cache.get(key);
    if (!picker) {
      const eligible = items.filter((item) => sells(item, channel));
      picker = createWeightedTable(eligible, eligible.map((item) => item.popularity * seasonalFactor(item.season, date)));
      cache.set(key, picker);
    }
    return picker;
  };
}

/** Picks who placed an order in this channel: loyal customers come back more often. */
export function createIdentityPicker(people: readonly DemoPerson[]): (random: Random, channel: SalesChannel, at: Date) => DemoIdentity | null {
  const byChannel = new Map<SalesChannel, (random: Random) => DemoIdentity | undefined>();
  const channels: SalesChannel[] = ["in_store", "shopify:main", "shopify:outlet", "stripe"];
  for (const channel of channels) {
    const wanted = channel === "in_store" ? "lightspeed" : channel;
    const pairs = people.flatMap((person) => (person.role === "ambiguous" ? [] : person.identities.filter((identity) => identity.channel === wanted).map((identity) => ({ identity, weight: person.loyalty }))));
    byChannel.set(channel, createWeightedTable(pairs.map((pair) => pair.identity), pairs.map((pair) => pair.weight)));
  }
  return (random, channel, at) => {
    const pick = byChannel.get(channel);
    if (!pick) return null;
    let identity: DemoIdentity | undefined;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      identity = pick(random);
      if (identity && identity.firstSeen <= at) return identity;
    }
    if (!identity) return null;
    // A first-time buyer: the account was created at checkout.
    identity.firstSeen = new Date(at.getTime() - random.int(1, 20) * 60_000);
    return identity;
  };
}

function orderTime(context: OrderContext, date: LocalDate & { weekday: number }, online: boolean): Date {
  const { random } = context;
  const [open, close] = online ? [0, 24] : hoursOpen(date.weekday);
  const hours = Array.from({ length: close - open }, (_, index) => open + index);
  const hour = random.weighted(hours, (candidate) => hourWeight(candidate, online));
  return fromLocalDateTime({ ...date, hour, minute: random.int(0, 59), second: random.int(0, 59) }, context.timeZone);
}

function storeOf(channel: SalesChannel): StoreKey | null {
  return channel === "shopify:main" ? "main" : channel === "shopify:outlet" ? "outlet" : null;
}

function orderChannel(channel: SalesChannel): OrderChannel {
  return channel === "in_store" ? "in_store" : channel === "stripe" ? "stripe" : "shopify";
}

/** A posted order, before ids are assigned. */
export function draftOrder(context: OrderContext, channel: SalesChannel, placedAt: Date, lines: DemoOrderLine[], identity: DemoIdentity | null): DemoOrder {
  const online = channel !== "in_store";
  return {
    sourceKey: "",
    channel: orderChannel(channel),
    storeKey: storeOf(channel),
    identityKey: identity?.key ?? null,
    status: "posted",
    ...orderTotals(lines, context.taxRate),
    lightspeedSaleId: null,
    shopifyOrderId: null,
    stripePaymentIntentId: null,
    placedAt,
    postedAt: online ? new Date(placedAt.getTime() + context.random.int(4, 45) * 1000) : placedAt,
    lines,
    refunds: [],
  };
}

/** Six months of posted orders, day by day, in every channel. */
export function buildOrderHistory(context: OrderContext, items: readonly DemoItem[], people: readonly DemoPerson[]): DemoOrder[] {
  const { random, now, windowStart, timeZone } = context;
  const pickerFor = createItemPicker(items);
  const pickIdentity = createIdentityPicker(people);
  const firstDay = toLocalDateTime(windowStart, timeZone);
  const totalDays = Math.ceil((now.getTime() - windowStart.getTime()) / 86_400_000) + 1;
  const orders: DemoOrder[] = [];
  for (let offset = 0; offset <= totalDays; offset += 1) {
    const date = addDays(firstDay, offset);
    const trend = 0.92 + (0.16 * offset) / totalDays;
    for (const channel of Object.keys(dailyOrders) as SalesChannel[]) {
      const online = channel !== "in_store";
      if (!online && isClosedDay(date)) continue;
      const count = random.poisson(dailyOrders[channel] * dayDemand(date, online) * trend);
      for (let index = 0; index < count; index += 1) {
        const placedAt = orderTime(context, date, online);
        const cutoff = online ? now.getTime() - onlineCutoffMs : now.getTime();
        if (placedAt.getTime() < windowStart.getTime() || placedAt.getTime() > cutoff) continue;
        const lines = pickLines(context, pickerFor(channel, date), channel);
        if (lines.length === 0) continue;
        const withCustomer = online || random.chance(inStoreWithCustomer);
        orders.push(draftOrder(context, channel, placedAt, lines, withCustomer ? pickIdentity(random, channel, placedAt) : null));
      }
    }
  }
  return orders;
}
