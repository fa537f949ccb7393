import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { lightspeedControl } from "@/sandbox/traffic/lightspeed-control";
import { shopifyControl } from "@/sandbox/traffic/shopify-control";
import { stripeControl } from "@/sandbox/traffic/stripe-control";
import { availableByInventoryItem, type SandboxReader } from "./sandbox-snapshot";

export type HotSku = { sku: string; itemId: number; priceCents: number; variants: ReadonlyMap<string, string> };

export type BurstResult = {
  sku: string;
  /** Channel hits that the simulations accepted. */
  played: number;
  refused: number;
  /** Shopify orders placed, for the freshness probe. */
  orders: { domain: string; at: number }[];
};

/** Units left for a burst after what the run sold online and Lightspeed does not show yet, with a margin. */
const MARGIN = 6;

/**
 * The hot set: `size` SKUs listed once in every store, drawn by the seed among the ten with the most Lightspeed
 * stock, so that several channels can hit them at the same moment without running out.
 */
export async function chooseHotSet(reader: SandboxReader, items: ReadonlyMap<number, { sku: string; priceCents: number }>, size: number, random: () => number): Promise<HotSku[]> {
  const [itemShops, stores] = await Promise.all([reader.itemShops(), reader.stores()]);
  const candidates: HotSku[] = [];
  const qoh = new Map<number, number>();
  for (const row of itemShops) if (row.shopId !== 0) qoh.set(row.itemId, (qoh.get(row.itemId) ?? 0) + row.qoh);
  for (const [itemId, item] of items) {
    const variants = new Map<string, string>();
    for (const store of stores) {
      const matching = store.variants.filter((variant) => variant.sku === item.sku);
      const only = matching[0];
      if (matching.length === 1 && only !== undefined) variants.set(store.domain, only.variantId);
    }
    if (variants.size === stores.length) candidates.push({ sku: item.sku, itemId, priceCents: item.priceCents, variants });
  }
  const top = candidates.sort((a, b) => (qoh.get(b.itemId) ?? 0) - (qoh.get(a.itemId) ?? 0)).slice(0, 10);
  const chosen: HotSku[] = [];
  while (chosen.length < size && top.length > 0) chosen.push(...top.splice(Math.floor(random() * top.length), 1));
  return chosen;
}

/**
 * The same SKU hit from every channel at the same moment: one unit at the till, one order in each store that shows
 * it available, one Stripe payment with `ls_lines`. Only when Lightspeed holds enough beyond what this run's
 * unposted online orders took (tracked in `unposted`), so the burst itself never oversells.
 */
export async function playHotBurst(
  sandbox: SandboxConnection,
  reader: SandboxReader,
  hot: HotSku,
  unposted: { units: (sku: string) => number; add: (sku: string, references: string[]) => void },
  buyer: string,
): Promise<BurstResult> {
  const lightspeed = lightspeedControl(sandbox.controlUrls.lightspeed);
  const shopify = shopifyControl(sandbox.controlUrls.shopify);
  const stripe = stripeControl(sandbox.controlUrls.stripe);
  const [itemShops, stores] = await Promise.all([reader.itemShops(), reader.stores()]);
  const shopRow = itemShops.find((row) => row.itemId === hot.itemId && row.shopId !== 0);
  const result: BurstResult = { sku: hot.sku, played: 0, refused: 0, orders: [] };
  if (shopRow === undefined) return result;
  const storesWithStock = stores.filter((store) => {
    const inventoryItem = store.variants.find((variant) => variant.variantId === hot.variants.get(store.domain))?.inventoryItemId;
    return inventoryItem !== undefined && (availableByInventoryItem(store).get(inventoryItem) ?? 0) > 0;
  });
  const wanted = 2 + storesWithStock.length;
  if (shopRow.qoh - unposted.units(hot.sku) - wanted < MARGIN) return result;

  const hits: Promise<void>[] = [
    lightspeed.tillSale({ shopID: shopRow.shopId, lines: [{ itemID: hot.itemId, quantity: 1 }] }).then(() => undefined),
    ...storesWithStock.map(async (store) => {
      const variantId = hot.variants.get(store.domain);
      if (variantId === undefined) return;
      const at = Date.now();
      const order = await shopify.createOrder(store.domain, { lines: [{ variantId, quantity: 1 }], email: buyer });
      unposted.add(hot.sku, [order.id, order.id.replace(/^.*\//, ""), order.name]);
      result.orders.push({ domain: store.domain, at });
    }),
    stripe
      .createPayment({
        lines: [{ sku: hot.sku, quantity: 1, unitAmount: hot.priceCents }],
        checkout: false,
        linesIn: "metadata",
        customer: null,
        billingDetails: { email: buyer, name: "Chaos Buyer", phone: null, postalCode: null },
      })
      .then((payment) => unposted.add(hot.sku, [payment.paymentIntent.id, payment.charge.id])),
  ];
  for (const outcome of await Promise.allSettled(hits)) {
    if (outcome.status === "fulfilled") result.played += 1;
    else result.refused += 1;
  }
  return result;
}
