/**
 * `reconcile`: a full reconciliation (lib/reconcile) of 50,000 SKUs × 3 Shopify stores (× scale) against the
 * simulations, time-scaled so that Lightspeed's drip makes the run take seconds, not minutes. Figures: wall time,
 * the least time the rate limits allow for the reads it must do, their ratio (target ≤ 1.2), and peak memory.
 */
import { readPollSalesCursor } from "@/lib/reconcile/poll-sales-cursor";
import { createReconciliationRun } from "@/lib/reconcile/reconciliation-run";
import { runFullReconciliation } from "@/lib/reconcile/run-full-reconciliation";
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";
import type { Benchmark } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase } from "./support/throwaway-database";
import { leastReconciliationTime } from "./reconcile/least-reconciliation-time";
import { lightspeedUsage, readLightspeedBucket, readLightspeedRequests } from "./reconcile/lightspeed-usage";
import { sampleMemory } from "./reconcile/sample-memory";
import { connectToSandbox } from "./reconcile/sandbox-connectors";
import { startSandboxProcess } from "./reconcile/sandbox-process";
import { seedSyntheticShop } from "./reconcile/seed-synthetic-shop";
import { configureShopifySandbox } from "./reconcile/configure-shopify-sandbox";
import { shiftPortalOnHand, shiftStoreLevels } from "./reconcile/shift-levels";

const name = "reconcile";
const skusAtScaleOne = 50_000;
const storeDomains = ["bench-north.myshopify.com", "bench-south.myshopify.com", "bench-east.myshopify.com"];
/** Lightspeed drips 5/s instead of 1/s: 500 pages of ItemShop take ~80 s instead of ~7 minutes. */
const timeScale = 5;
/** One listing in a hundred was edited in every store, one SKU in 250 moved in Lightspeed behind the portal's back. */
const storeDriftEvery = 100;
const lightspeedDriftEvery = 250;

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

const reconcile: Benchmark = {
  name,
  describe: "full reconciliation of 50k SKUs × 3 stores (× scale): wall time vs the least the rate limits allow, peak memory",
  run: async ({ scale }) => {
    const skus = Math.max(1_000, Math.round(skusAtScaleOne * scale));
    return withThrowawayDatabase("postgres", async ({ handle }) => {
      const { db } = handle;
      const seedStartedAt = performance.now();
      await seedSyntheticShop(db, { skus, storeDomains });
      progress(name, `seeded ${skus} SKUs × ${storeDomains.length} stores in ${seconds(performance.now() - seedStartedAt)} s; starting the sandbox`);
      // Lightspeed and Shopify in processes of their own, as they are on machines of their own: three bulk reads
      // of 50,000 items keep a simulation busy for a minute, which must not stall Lightspeed's answers.
      const [lightspeedSandbox, shopifySandbox] = await Promise.all([startSandboxProcess({ storeDomains, timeScale }), startSandboxProcess({ storeDomains, timeScale })]);
      const sandbox = {
        connection: {
          ...lightspeedSandbox.connection,
          shopify: shopifySandbox.connection.shopify,
          controlUrls: { ...lightspeedSandbox.connection.controlUrls, shopify: shopifySandbox.connection.controlUrls.shopify },
        },
        close: async () => {
          await Promise.all([lightspeedSandbox.close(), shopifySandbox.close()]);
        },
      };
      try {
        const { controlUrls } = sandbox.connection;
        const shopifySettings = await configureShopifySandbox(controlUrls.shopify);
        await shiftStoreLevels(db, { every: storeDriftEvery, by: 3 });
        const loaded = await seedSandboxFromDatabase(db, sandbox.connection);
        await shiftStoreLevels(db, { every: storeDriftEvery, by: -3 });
        await shiftPortalOnHand(db, { every: lightspeedDriftEvery, by: 2 });
        progress(name, `sandbox loaded in ${seconds(loaded.ms)} s; reconciling`);

        const connectors = connectToSandbox(db, sandbox.connection, { bulkPollIntervalMs: shopifySettings.bulkOperationDurationMs / timeScale / 4 });
        const account = `lightspeed:${sandbox.connection.lightspeed.accountId}`;
        const runId = await createReconciliationRun(db, { triggeredBy: null, now: new Date() });
        const before = await readLightspeedBucket(controlUrls.lightspeed);
        const memory = sampleMemory();
        const startedAt = Date.now();
        const result = await runFullReconciliation(db, connectors, { runId, account, currency: "USD" });
        const wallMs = Date.now() - startedAt;
        const peak = memory.stop();
        const requests = await readLightspeedRequests(controlUrls.lightspeed, before.lastSeq);
        const least = leastReconciliationTime({
          itemShopRows: skus,
          salesPages: (await readPollSalesCursor(db, account)) === null ? 0 : 1,
          bucket: before.bucket,
          marginDrips: 1,
          bulkOperationMs: shopifySettings.bulkOperationDurationMs / timeScale,
        });
        const ratio = Math.round((wallMs / least.ms) * 100) / 100;
        return {
          name,
          figures: {
            skus,
            stores: storeDomains.length,
            time_scale: timeScale,
            wall_s: seconds(wallMs),
            least_s: seconds(least.ms),
            ratio,
            least: least.explained,
            lightspeed: lightspeedUsage(requests, { bucket: before.bucket, atMs: startedAt }, startedAt + wallMs),
            store_reads: result.stores.map((store) => ({ domain: store.domain, method: store.method, read: store.read, changed: store.changes.length })),
            lightspeed_readings: result.lightspeed?.readings ?? 0,
            lightspeed_drifting_skus: result.lightspeed?.driftingItemIds.length ?? 0,
            drifting_listings: result.driftingListings,
            repaired: result.repaired,
            memory: peak,
          },
          targets: [{ figure: "ratio", target: "≤ 1.2 × the least the rate limits allow", value: ratio, met: ratio <= 1.2 }],
        };
      } finally {
        await sandbox.close();
      }
    });
  },
};

export default reconcile;
