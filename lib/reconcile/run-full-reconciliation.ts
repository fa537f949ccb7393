import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db/open-database";
import { compareAndRepairChunk } from "./compare-and-repair-chunk";
import { reconcileLightspeed, type LightspeedReconciliation } from "./reconcile-lightspeed";
import { reconcileStoreReadings, type StoreReadingResult } from "./reconcile-store-readings";
import { listReconcilableStores } from "./reconcilable-stores";
import { finishReconciliationRun, startReconciliationRun } from "./reconciliation-run";

/**
 * SKUs compared (and repaired) per step. A thousand keeps a 50,000-SKU catalogue at 50 engine steps (Inngest caps a
 * run at 1,000 steps, and each step costs a round trip) while the progress bar still moves every few seconds.
 */
export const reconcileChunkSize = 1_000;

export type FullReconciliationOptions = { runId: number; account: string; currency: string; now?: () => Date; chunkSize?: number };

export type FullReconciliationResult = {
  totalSkus: number;
  lightspeed: LightspeedReconciliation | null;
  stores: StoreReadingResult[];
  driftingListings: number;
  repaired: number;
};

/**
 * The whole reconciliation in one call, in the order the `reconcile-stock` function runs it step by step: read
 * Lightspeed and every store side by side (each has its own rate limit, and Lightspeed's drip sets the pace), then
 * compare and repair in chunks so the run's progress advances.
 */
export async function runFullReconciliation(
  db: Database,
  connectors: { lightspeed: LightspeedAdapter | null; shopify: ReadonlyMap<string, ShopifyClient> },
  options: FullReconciliationOptions,
): Promise<FullReconciliationResult> {
  const now = options.now ?? (() => new Date());
  try {
    const totalSkus = await startReconciliationRun(db, options.runId, now());
    const clients = (await listReconcilableStores(db, connectors.shopify)).flatMap((domain) => connectors.shopify.get(domain) ?? []);
    const [lightspeed, stores] = await Promise.all([
      connectors.lightspeed
        ? reconcileLightspeed(db, connectors.lightspeed, { runId: options.runId, account: options.account, currency: options.currency, now })
        : null,
      Promise.all(clients.map((client) => reconcileStoreReadings(db, client, now))),
    ]);
    const result: FullReconciliationResult = { totalSkus, lightspeed, stores, driftingListings: 0, repaired: 0 };
    for (let after = 0; ; ) {
      const chunk = await compareAndRepairChunk(db, connectors.shopify, {
        runId: options.runId,
        afterItemId: after,
        size: options.chunkSize ?? reconcileChunkSize,
        storeChanges: stores.flatMap((store) => store.changes),
        lightspeedDriftItemIds: lightspeed?.driftingItemIds ?? [],
        now,
      });
      if (chunk.lastItemId === null) break;
      after = chunk.lastItemId;
      result.driftingListings += chunk.driftingListings;
      result.repaired += chunk.repaired;
    }
    await finishReconciliationRun(db, options.runId, "completed", now());
    return result;
  } catch (error) {
    await finishReconciliationRun(db, options.runId, "failed", now());
    throw error;
  }
}
