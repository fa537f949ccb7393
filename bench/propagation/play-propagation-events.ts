import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { lightspeedControl } from "@/sandbox/traffic/lightspeed-control";
import { shopifyControl } from "@/sandbox/traffic/shopify-control";
import { sleep } from "@/tests/chaos/chaos-log";
import type { PropagationProbe } from "@/tests/chaos/propagation-probe";
import type { SandboxReader } from "@/tests/chaos/sandbox-snapshot";

/** A SKU listed once in every store with stock to spare everywhere, and its ids in each system. */
export type ProbeListing = { sku: string; lightspeedItemId: number; variantIdByDomain: Map<string, string> };

export type PropagationKind = "order" | "till";

/** The probe gives up on a watch after 30 s; a little more, and the event counts as unresolved. */
const eventDeadlineMs = 32_000;
/** Between events, so each starts with the portal's queues idle. */
const gapMs = 500;
/** Spreads the events over the poll cycle (golden-ratio steps): waiting for each to land would start the next just after a poll. */
const spreadStep = 0.618;

/** Listings of SKUs every store lists exactly once with at least `minimum` available, Lightspeed holding them too. */
export async function pickProbeListings(sandbox: SandboxConnection, reader: SandboxReader, minimum: number): Promise<ProbeListing[]> {
  const [stores, items, itemShops] = await Promise.all([reader.stores(), lightspeedControl(sandbox.controlUrls.lightspeed).items(), reader.itemShops()]);
  const qohByItem = new Map(itemShops.filter((row) => row.shopId === 1).map((row) => [row.itemId, row.qoh]));
  return items.flatMap((item) => {
    if ((qohByItem.get(item.itemId) ?? 0) < minimum + 2) return [];
    const variantIdByDomain = new Map<string, string>();
    for (const store of stores) {
      const variants = store.variants.filter((variant) => variant.sku === item.customSku);
      const level = store.levels.find((candidate) => candidate.inventoryItemId === variants[0]?.inventoryItemId);
      if (variants.length !== 1 || variants[0] === undefined || level === undefined || level.available < minimum) return [];
      variantIdByDomain.set(store.domain, variants[0].variantId);
    }
    return [{ sku: item.customSku, lightspeedItemId: item.itemId, variantIdByDomain }];
  });
}

/**
 * Plays one event per listing, one at a time: an order of one unit in a store (taking turns) or a till sale of
 * one unit in Lightspeed. After each it waits until the probe has seen every other store's `available` change
 * (or given up), and keeps the slowest store's time: when the last store showed the new figure. Null: a store
 * never did. The pause before the next event varies over `spreadMs` (the poll interval for till sales).
 */
export async function playPropagationEvents(
  sandbox: SandboxConnection,
  probe: PropagationProbe,
  kind: PropagationKind,
  listings: readonly ProbeListing[],
  spreadMs = 0,
): Promise<Array<number | null>> {
  const shopify = shopifyControl(sandbox.controlUrls.shopify);
  const lightspeed = lightspeedControl(sandbox.controlUrls.lightspeed);
  const domains = sandbox.shopify.stores.map((store) => store.domain);
  const results: Array<number | null> = [];
  for (const [index, listing] of listings.entries()) {
    const seenBefore = probe.samplesMs().length;
    const unresolvedBefore = probe.unresolved();
    const startedAt = Date.now();
    const origin = kind === "order" ? (domains[index % domains.length] ?? "") : "lightspeed";
    if (kind === "order") {
      await shopify.createOrder(origin, { lines: [{ variantId: listing.variantIdByDomain.get(origin) ?? "", quantity: 1 }] });
    } else {
      await lightspeed.tillSale({ shopID: 1, lines: [{ itemID: listing.lightspeedItemId, quantity: 1 }] });
    }
    await probe.orderPlaced(origin, [listing.sku], startedAt);
    const watches = domains.filter((domain) => domain !== origin).length;
    while (probe.samplesMs().length - seenBefore + probe.unresolved() - unresolvedBefore < watches && Date.now() - startedAt < eventDeadlineMs) {
      await sleep(50);
    }
    const samples = probe.samplesMs().slice(seenBefore);
    results.push(samples.length === watches ? Math.max(...samples) : null);
    await sleep(gapMs + ((index * spreadStep) % 1) * spreadMs);
  }
  return results;
}
