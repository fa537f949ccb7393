import { chaosLog, errorText, sleep } from "./chaos-log";
import { availableByInventoryItem, type SandboxReader, type StoreView } from "./sandbox-snapshot";

type Watch = { startedAt: number; domain: string; inventoryItemId: string; base: number; label: string };

export type PropagationProbe = {
  /** An order was placed in `domain` at `startedAt`: watch every other store's `available` of its SKUs change. */
  orderPlaced: (domain: string, skus: readonly string[], startedAt: number) => Promise<void>;
  /** Stops polling; watches not resolved by then are counted as unresolved. */
  stop: () => Promise<void>;
  samplesMs: () => number[];
  unresolved: () => number;
};

const POLL_MS = 100;
const GIVE_UP_MS = 30_000;

function inventoryItemOf(store: StoreView, sku: string): string | undefined {
  const variants = store.variants.filter((variant) => variant.sku === sku);
  return variants.length === 1 ? variants[0]?.inventoryItemId : undefined;
}

/**
 * Freshness across stores: after an order in one store, each other store listing one of its SKUs with `available`
 * above 0 should show a new figure once the portal has reserved the units and pushed sellable. Polls the Shopify
 * control API every 100 ms; a watch is resolved when the figure differs from the one right after the order.
 */
export function createPropagationProbe(reader: SandboxReader): PropagationProbe {
  const watches: Watch[] = [];
  const samples: number[] = [];
  let unresolved = 0;
  let running = true;

  const loop = (async () => {
    while (running) {
      if (watches.length > 0) {
        try {
          const domains = [...new Set(watches.map((watch) => watch.domain))];
          const stores = new Map((await Promise.all(domains.map((domain) => reader.store(domain)))).map((store) => [store.domain, availableByInventoryItem(store)]));
          const now = Date.now();
          for (let index = watches.length - 1; index >= 0; index -= 1) {
            const watch = watches[index];
            if (watch === undefined) continue;
            const current = stores.get(watch.domain)?.get(watch.inventoryItemId);
            if (current !== undefined && current !== watch.base) {
              samples.push(now - watch.startedAt);
              watches.splice(index, 1);
            } else if (now - watch.startedAt > GIVE_UP_MS) {
              unresolved += 1;
              chaosLog(`propagation: ${watch.label} still ${watch.base} after ${GIVE_UP_MS / 1000} s`);
              watches.splice(index, 1);
            }
          }
        } catch (error) {
          chaosLog(`propagation poll failed: ${errorText(error)}`);
        }
      }
      await sleep(POLL_MS);
    }
  })();

  return {
    orderPlaced: async (domain, skus, startedAt) => {
      const others = reader.domains.filter((other) => other !== domain);
      const stores = await Promise.all(others.map((other) => reader.store(other)));
      for (const store of stores) {
        const levels = availableByInventoryItem(store);
        for (const sku of new Set(skus)) {
          const inventoryItemId = inventoryItemOf(store, sku);
          const base = inventoryItemId === undefined ? undefined : levels.get(inventoryItemId);
          if (inventoryItemId === undefined || base === undefined || base <= 0) continue;
          watches.push({ startedAt, domain: store.domain, inventoryItemId, base, label: `${sku} in ${store.domain} after an order in ${domain}` });
        }
      }
    },
    stop: async () => {
      running = false;
      await loop;
      unresolved += watches.length;
      watches.length = 0;
    },
    samplesMs: () => [...samples],
    unresolved: () => unresolved,
  };
}

export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? null;
}
