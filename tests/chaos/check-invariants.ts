import type { PortalState } from "./portal-state";
import { availableByInventoryItem, type LightspeedSaleView, type StoreView, type StripeStateView } from "./sandbox-snapshot";

export type InvariantReport = {
  drift_skus: number;
  oversold_units: number;
  duplicate_ls_sales: number;
  duplicate_ls_refunds: number;
  lost_refunds: number;
  /** Refunds not recorded but on the needs-attention queue with their reason (not lost: the owner sees them). */
  refunds_for_review: number;
  unprocessed_inbox: number;
  /** One line per finding, for the log and the report. */
  findings: string[];
};

type SandboxState = {
  itemShops: { itemId: number; shopId: number; qoh: number }[];
  sales: LightspeedSaleView[];
  stores: StoreView[];
  stripe: StripeStateView;
};

const numericId = (gid: string): string => gid.replace(/^.*\//, "");

/** The consistency measures of DESIGN §7, from the simulations (the truth) and the portal's database. */
export function checkInvariants(sandbox: SandboxState, portal: PortalState): InvariantReport {
  const findings: string[] = [];
  const qoh = new Map(sandbox.itemShops.map((row) => [`${row.itemId}:${row.shopId}`, row.qoh]));
  const storeLevels = new Map(sandbox.stores.map((store) => [store.domain, availableByInventoryItem(store)]));

  // Drift: each mapped listing shows max(0, qoh − open pending − buffer); the portal's on-hand is Lightspeed's.
  const drifting = new Set<string>();
  for (const listing of portal.listings) {
    if (listing.lightspeed_item_id === null) continue;
    const truth = qoh.get(`${listing.lightspeed_item_id}:${listing.lightspeed_shop}`) ?? 0;
    const expected = Math.max(0, truth - listing.pending - listing.buffer);
    const actual = storeLevels.get(listing.domain)?.get(listing.inventory_item_id);
    if (actual !== expected) {
      drifting.add(listing.sku);
      const journal = (sandbox.stores.find((store) => store.domain === listing.domain)?.levelChanges ?? [])
        .filter((change) => change.inventoryItemId === listing.inventory_item_id)
        .slice(-6)
        .map((change) => `${change.at.slice(11, 23)} ${change.cause} ${change.delta > 0 ? "+" : ""}${change.delta}→${change.availableAfter}`);
      findings.push(
        `drift: ${listing.sku} in ${listing.domain} shows ${actual ?? "nothing"}, expected ${expected} (qoh ${truth} − pending ${listing.pending} − buffer ${listing.buffer}); store journal: ${journal.join(", ")}`,
      );
    }
  }
  for (const row of portal.onHand) {
    if (row.lightspeed_item_id === null) continue;
    const truth = qoh.get(`${row.lightspeed_item_id}:${row.lightspeed_shop}`);
    if (truth !== undefined && truth !== row.on_hand) {
      drifting.add(row.sku);
      findings.push(`drift: portal on-hand of ${row.sku} is ${row.on_hand}, Lightspeed qoh ${truth}`);
    }
  }

  // Oversold: any stock row below zero.
  let oversold = 0;
  for (const row of sandbox.itemShops) {
    if (row.qoh < 0) {
      oversold += -row.qoh;
      findings.push(`oversold: Lightspeed item ${row.itemId} shop ${row.shopId} qoh ${row.qoh}`);
    }
  }
  for (const store of sandbox.stores) {
    for (const level of store.levels) {
      if (level.available < 0) {
        oversold += -level.available;
        findings.push(`oversold: ${level.sku ?? level.inventoryItemId} in ${store.domain} available ${level.available}`);
      }
    }
  }

  // Duplicate Lightspeed sales: one (source, reference) pair posted twice (refunds counted apart).
  const duplicates = (refunds: boolean): number => {
    const groups = new Map<string, number[]>();
    for (const sale of sandbox.sales) {
      if (sale.referenceNumber === "" || (sale.refundOfSaleId !== 0) !== refunds) continue;
      const key = `${sale.referenceNumberSource}|${sale.referenceNumber}`;
      groups.set(key, [...(groups.get(key) ?? []), sale.saleId]);
    }
    let extra = 0;
    for (const [key, ids] of groups) {
      if (ids.length < 2) continue;
      extra += ids.length - 1;
      findings.push(`duplicate Lightspeed ${refunds ? "refund" : "sale"}: ${key} → sales ${ids.join(", ")}`);
    }
    return extra;
  };

  // Lost refunds: succeeded refunds in Shopify and Stripe without a `refunds` row.
  const knownOrders = new Set(portal.orders.map((order) => order.source_key));
  let lost = 0;
  for (const store of sandbox.stores) {
    for (const refund of store.refunds) {
      const key = `shopify:${store.domain}:refund:${numericId(refund.id)}`;
      if (portal.refundKeys.has(key)) continue;
      lost += 1;
      const orderKnown = knownOrders.has(`shopify:${store.domain}:order:${numericId(refund.orderId)}`);
      findings.push(`lost refund: ${key} (order ${numericId(refund.orderId)} ${orderKnown ? "is" : "is NOT"} in the portal; restock ${refund.lines.map((line) => line.restockType).join("/")})`);
    }
  }
  const paymentIntentsWithOrders = new Set(portal.orders.flatMap((order) => (order.stripe_payment_intent_id === null ? [] : [order.stripe_payment_intent_id])));
  let forReview = 0;
  for (const refund of sandbox.stripe.objects.refunds) {
    if (refund.status !== "succeeded" || portal.refundKeys.has(`stripe:${refund.id}`)) continue;
    if (portal.refundsForReview.has(`stripe:${refund.id}`)) {
      forReview += 1;
      continue;
    }
    lost += 1;
    const orderKnown = paymentIntentsWithOrders.has(refund.payment_intent);
    findings.push(`lost refund: stripe:${refund.id} of ${refund.payment_intent} (${orderKnown ? "order in the portal" : "no order in the portal"}; metadata ${JSON.stringify(refund.metadata)})`);
  }

  for (const row of portal.inbox) {
    findings.push(`inbox ${row.id} ${row.provider} ${row.topic}: ${row.status}${row.status_reason === null ? "" : ` (${row.status_reason})`}${row.last_error === null ? "" : ` — ${row.last_error.slice(0, 200)}`}`);
  }

  return {
    drift_skus: drifting.size,
    oversold_units: oversold,
    duplicate_ls_sales: duplicates(false),
    duplicate_ls_refunds: duplicates(true),
    lost_refunds: lost,
    refunds_for_review: forReview,
    unprocessed_inbox: portal.inbox.length,
    findings,
  };
}
