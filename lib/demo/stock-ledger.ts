import type { DemoItem } from "./catalog";
import type { DemoOrder } from "./order-types";
import type { Random } from "./random";

export type DemoMovement = {
  sourceSystem: "lightspeed" | "shopify" | "stripe" | "portal";
  sourceEventId: string;
  kind: "store_sale" | "online_order" | "refund_restock" | "override" | "count" | "receive" | "correction";
  sku: string;
  delta: number;
  /** Lightspeed on-hand once this movement is applied; null while it waits to be posted. */
  resultingLevel: number | null;
  orderSourceKey: string | null;
  postedToLightspeed: boolean;
  postedAt: Date | null;
  note: string | null;
  at: Date;
};

export type DemoPendingUnit = { orderSourceKey: string; sku: string; quantity: number; createdAt: Date; releasedAt: Date | null };

export type StockLedger = {
  movements: DemoMovement[];
  onHand: Map<string, { onHand: number; sourceTimestamp: Date }>;
  openPending: Map<string, number>;
  pendingUnits: DemoPendingUnit[];
  reorderPoints: Map<string, number | null>;
  story: { countAt: Date; overrideSku: string; overrideAt: Date; overrideDelta: number; overrideLevelBefore: number; correctionSku: string; correctionAt: Date; soldOutSkus: string[] };
};

/** A change waiting to hit one item's level, before receives are planned around it. */
type Event = Omit<DemoMovement, "sku" | "resultingLevel"> & { affectsLevel: boolean };

const dayMs = 86_400_000;
const defaultLeadTimeDays = 14;

export type LedgerOptions = { random: Random; now: Date; countAt: Date; reconciledAt: Date };

function salesSystem(order: DemoOrder): DemoMovement["sourceSystem"] {
  return order.channel === "in_store" ? "lightspeed" : order.channel;
}

/** Every event in the ledger window, per SKU, in time order. */
function collectEvents(orders: readonly DemoOrder[], countAt: Date): Map<string, Event[]> {
  const events = new Map<string, Event[]>();
  const add = (sku: string, event: Event): void => {
    const list = events.get(sku) ?? [];
    list.push(event);
    events.set(sku, list);
  };
  for (const order of orders) {
    if (order.status === "needs_attention") continue;
    const pending = order.status === "pending";
    if (order.placedAt >= countAt) {
      for (const line of order.lines) {
        add(line.sku, {
          sourceSystem: salesSystem(order),
          sourceEventId: order.sourceKey,
          kind: order.channel === "in_store" ? "store_sale" : "online_order",
          delta: -line.quantity,
          orderSourceKey: order.sourceKey,
          postedToLightspeed: !pending,
          postedAt: order.postedAt,
          note: pending ? "Waiting to be posted to Lightspeed" : null,
          at: order.placedAt,
          affectsLevel: !pending,
        });
      }
    }
    for (const refund of order.refunds) {
      if (refund.createdAt < countAt) continue;
      for (const line of refund.lines) {
        if (!line.restock) continue;
        add(line.sku, {
          sourceSystem: salesSystem(order),
          sourceEventId: refund.sourceKey,
          kind: "refund_restock",
          delta: line.quantity,
          orderSourceKey: order.sourceKey,
          postedToLightspeed: true,
          postedAt: refund.postedAt,
          note: `Returned: ${refund.reason.toLowerCase()}`,
          at: refund.createdAt,
          affectsLevel: true,
        });
      }
    }
  }
  for (const list of events.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  return events;
}

function unitsSold(orders: readonly DemoOrder[], since = new Date(0)): Map<string, number> {
  const sold = new Map<string, number>();
  for (const order of orders) {
    if (order.placedAt < since) continue;
    for (const line of order.lines) sold.set(line.sku, (sold.get(line.sku) ?? 0) + line.quantity);
  }
  return sold;
}

type Simulation = { movements: DemoMovement[]; level: number; minimum: number; lastAppliedAt: Date };

/**
 * Replays one item's events from its counted level, receiving a purchase order `lead time` days after the
 * level first falls to the reorder point. Returns the movements and the lowest level reached (pending
 * units included), so the caller can raise the starting level until stock never goes negative.
 */
function simulate(
  item: DemoItem,
  start: number,
  events: readonly Event[],
  plan: { reorderPoint: number; reorderQuantity: number; receives: boolean; now: Date; openPending: number },
  purchaseOrderId: (supplier: string, arrival: Date) => string,
): Simulation {
  const movements: DemoMovement[] = [];
  let level = start;
  let minimum = start;
  let lastAppliedAt = new Date(0);
  let arrival: Date | null = null;
  const receiveUntil = (time: Date): void => {
    if (!arrival || arrival > time) return;
    level += plan.reorderQuantity;
    movements.push({
      sourceSystem: "lightspeed",
      sourceEventId: `lightspeed:order:${purchaseOrderId(item.supplier ?? "house", arrival)}`,
      kind: "receive",
      sku: item.sku,
      delta: plan.reorderQuantity,
      resultingLevel: level,
      orderSourceKey: null,
      postedToLightspeed: true,
      postedAt: arrival,
      note: `Received from ${item.supplier ?? "our own packing"}`,
      at: arrival,
    });
    lastAppliedAt = arrival;
    arrival = null;
  };
  for (const event of events) {
    receiveUntil(event.at);
    const { affectsLevel, ...movement } = event;
    if (affectsLevel) {
      level += event.delta;
      minimum = Math.min(minimum, level);
      lastAppliedAt = event.postedAt ?? event.at;
    }
    movements.push({ ...movement, sku: item.sku, resultingLevel: affectsLevel ? level : null });
    if (plan.receives && !arrival && level <= plan.reorderPoint) {
      const due = event.at.getTime() + (item.leadTimeDays ?? defaultLeadTimeDays) * dayMs;
      arrival = new Date(Math.floor(due / dayMs) * dayMs + 14 * 3_600_000);
    }
  }
  receiveUntil(plan.now);
  minimum = Math.min(minimum, level - plan.openPending);
  return { movements, level, minimum, lastAppliedAt };
}

/** Why the demo's owner overrode the count, by how it moved. */
export function overrideReason(delta: number): string {
  return delta < 0 ? `${-delta} found chipped in the stock room` : `${delta} more found behind the counter`;
}

/**
 * The movement ledger of the last two weeks, opening with a full stock count, and the on-hand it leads to:
 * every posted sale, restocking refund, receive and correction, each with the level it left, and the owner's newest
 * override, still pending (its resulting level is the count Lightspeed has not reconciled yet).
 */
export function buildStockLedger(options: LedgerOptions, items: readonly DemoItem[], orders: readonly DemoOrder[]): StockLedger {
  const { random, now, countAt, reconciledAt } = options;
  const windowDays = Math.max(1, (now.getTime() - Math.min(...orders.map((order) => order.placedAt.getTime()))) / dayMs);
  const sold = unitsSold(orders);
  const recentDays = 28;
  const recentlySold = unitsSold(orders, new Date(now.getTime() - recentDays * dayMs));
  const events = collectEvents(orders, countAt);
  const openPending = new Map<string, number>();
  const pendingUnits: DemoPendingUnit[] = [];
  for (const order of orders) {
    if (order.channel === "in_store" || order.lines.length === 0) continue;
    const open = order.status === "pending";
    if (!open && order.placedAt.getTime() < now.getTime() - 2 * dayMs) continue;
    for (const line of order.lines) {
      pendingUnits.push({ orderSourceKey: order.sourceKey, sku: line.sku, quantity: line.quantity, createdAt: order.placedAt, releasedAt: open ? null : order.postedAt });
      if (open) openPending.set(line.sku, (openPending.get(line.sku) ?? 0) + line.quantity);
    }
  }

  const candidates = items.filter((item) => !item.slowMover && !item.consumable && (events.get(item.sku)?.some((event) => event.affectsLevel) ?? false));
  const soldOutSkus = random.shuffle(candidates).slice(0, 3).map((item) => item.sku);
  const overrideItem = random.pick(items.filter((item) => item.category === "Mugs & Cups" && !soldOutSkus.includes(item.sku) && (sold.get(item.sku) ?? 0) > 20));
  const correctionItem = random.pick(items.filter((item) => item.category === "Kitchen" && !soldOutSkus.includes(item.sku) && item.sku !== overrideItem.sku));
  // The owner's override is the newest thing in the ledger and still pending: the engine posts it to Lightspeed as an
  // inventory count once the demo runs, and only then does the on-hand move (DESIGN §2).
  const overrideAt = now;
  const injected: [DemoItem, Event][] = [
    [correctionItem, { sourceSystem: "lightspeed", sourceEventId: `lightspeed:item-shop:${correctionItem.lightspeedItemId}:${reconciledAt.toISOString()}`, kind: "correction", delta: -1, orderSourceKey: null, postedToLightspeed: true, postedAt: reconciledAt, note: "Reconciliation: Lightspeed on-hand was 1 below the ledger (edited in the Lightspeed back office)", at: reconciledAt, affectsLevel: true }],
  ];
  for (const [item, event] of injected) {
    const list = [...(events.get(item.sku) ?? []), event].sort((a, b) => a.at.getTime() - b.at.getTime());
    events.set(item.sku, list);
  }

  const purchaseOrders = new Map<string, string>();
  let nextPurchaseOrder = 5120;
  const purchaseOrderId = (supplier: string, arrival: Date): string => {
    const key = `${supplier}|${arrival.toISOString().slice(0, 10)}`;
    let id = purchaseOrders.get(key);
    if (!id) {
      nextPurchaseOrder += 1;
      id = String(nextPurchaseOrder);
      purchaseOrders.set(key, id);
    }
    return id;
  };

  const movements: DemoMovement[] = [];
  const onHand = new Map<string, { onHand: number; sourceTimestamp: Date }>();
  const reorderPoints = new Map<string, number | null>();
  let overrideLevelBefore = 0;
  let overrideDelta = 0;
  for (const item of items) {
    // The recent rate matters more as the holidays approach.
    const rate = Math.max((sold.get(item.sku) ?? 0) / windowDays, (recentlySold.get(item.sku) ?? 0) / recentDays);
    const leadTime = item.leadTimeDays ?? defaultLeadTimeDays;
    const reorderPoint = item.slowMover ? 1 : Math.max(2, Math.ceil(rate * (leadTime + 7)));
    const caseSize = item.consumable ? 6 : 2;
    const reorderQuantity = Math.max(caseSize, Math.ceil((rate * 21) / caseSize) * caseSize);
    reorderPoints.set(item.sku, random.chance(0.85) ? reorderPoint : null);
    const soldOut = soldOutSkus.includes(item.sku);
    const itemEvents = events.get(item.sku) ?? [];
    const plan = { reorderPoint, reorderQuantity, receives: !soldOut && !item.slowMover, now, openPending: openPending.get(item.sku) ?? 0 };
    // Counted with the reorder point's worth plus one to five weeks of sales on the shelf.
    let start = soldOut ? 0 : item.slowMover ? random.int(4, 16) : reorderPoint + Math.max(random.int(1, 4), Math.round(rate * random.int(7, 35)));
    // A shop keeps a few on the shelf; only the sold-out items are allowed to reach exactly zero.
    const cushion = soldOut ? 0 : random.int(1, 4);
    let run = simulate(item, start, itemEvents, plan, purchaseOrderId);
    for (let attempt = 0; attempt < 20 && run.minimum < 0; attempt += 1) {
      start += cushion - run.minimum;
      run = simulate(item, start, itemEvents, plan, purchaseOrderId);
    }
    if (run.minimum < 0) {
      // Receives keep moving as the start rises: without them one raise is enough.
      const withoutReceives = { ...plan, receives: false };
      start -= simulate(item, start, itemEvents, withoutReceives, purchaseOrderId).minimum;
      run = simulate(item, start, itemEvents, withoutReceives, purchaseOrderId);
    }
    const shrink = random.weighted([0, -1, 1, -2], (delta) => (delta === 0 ? 80 : delta === -1 ? 12 : delta === 1 ? 5 : 3));
    movements.push({
      sourceSystem: "lightspeed",
      sourceEventId: "lightspeed:inventory-count:318",
      kind: "count",
      sku: item.sku,
      delta: shrink,
      resultingLevel: start,
      orderSourceKey: null,
      postedToLightspeed: true,
      postedAt: countAt,
      note: shrink === 0 ? "Quarterly stock count: matched" : `Quarterly stock count: ${shrink > 0 ? "found" : "missing"} ${Math.abs(shrink)}`,
      at: countAt,
    }, ...run.movements);
    if (item.sku === overrideItem.sku) {
      overrideLevelBefore = run.level;
      overrideDelta = run.level >= 2 ? -2 : 1;
      movements.push({
        sourceSystem: "portal",
        sourceEventId: `override:demo-${overrideItem.sku}`,
        kind: "override",
        sku: item.sku,
        delta: overrideDelta,
        resultingLevel: run.level + overrideDelta,
        orderSourceKey: null,
        postedToLightspeed: false,
        postedAt: null,
        note: `Owner override: ${overrideReason(overrideDelta)}`,
        at: overrideAt,
      });
    }
    onHand.set(item.sku, { onHand: run.level, sourceTimestamp: run.lastAppliedAt > countAt ? run.lastAppliedAt : countAt });
  }
  movements.sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    movements,
    onHand,
    openPending,
    pendingUnits,
    reorderPoints,
    story: { countAt, overrideSku: overrideItem.sku, overrideAt, overrideDelta, overrideLevelBefore, correctionSku: correctionItem.sku, correctionAt: reconciledAt, soldOutSkus },
  };
}
