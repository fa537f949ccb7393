import { cron } from "inngest";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { compareAndRepairChunk } from "@/lib/reconcile/compare-and-repair-chunk";
import { listReconcilableStores } from "@/lib/reconcile/reconcilable-stores";
import { reconcileLightspeed } from "@/lib/reconcile/reconcile-lightspeed";
import { reconcileStoreReadings } from "@/lib/reconcile/reconcile-store-readings";
import { createReconciliationRun, failUnfinishedRun, finishReconciliationRun, startReconciliationRun } from "@/lib/reconcile/reconciliation-run";
import { reconcileChunkSize } from "@/lib/reconcile/run-full-reconciliation";
import { inngest } from "../client";
import { reconcileRequested } from "../events";

const now = () => new Date();

/**
 * A full reconciliation (DESIGN §3.6): every night at 03:00 shop time, and when the owner asks. Reads every level in
 * Lightspeed (paged) and in each Shopify store (bulk), then compares with the sellable figures and repairs with
 * compare-and-set a thousand SKUs per step (reconcileChunkSize), so the run's progress advances on the Reconcile page. One run at a time:
 * a request during a run waits for it.
 */
export const reconcileStock = inngest.createFunction(
  {
    id: "reconcile-stock",
    retries: 3,
    concurrency: { limit: 1, key: "'reconcile'" },
    triggers: [cron(`TZ=${env.SHOP_TIME_ZONE} 0 3 * * *`), reconcileRequested],
    onFailure: async ({ event }) => {
      const original = event.data.event;
      const parsed = original.name === reconcileRequested.name ? reconcileRequested.schema.safeParse(original.data) : null;
      await failUnfinishedRun(getDb(), parsed?.success ? parsed.data.runId : null, now());
    },
  },
  async ({ event, step }) => {
    const requested = event.name === reconcileRequested.name ? reconcileRequested.schema.parse(event.data) : null;
    const runId = requested
      ? requested.runId
      : await step.run("create-run", () => createReconciliationRun(getDb(), { triggeredBy: null, now: now() }));
    const opened = await step.run("start-run", async () => {
      const db = getDb();
      const totalSkus = await startReconciliationRun(db, runId, now());
      return { totalSkus, stores: await listReconcilableStores(db, getConnectors().shopify) };
    });

    // Lightspeed and the stores have separate rate limits: read them side by side (parallel steps).
    const [lightspeed, stores] = await Promise.all([
      step.run("read-lightspeed", async () => {
        const adapter = getConnectors().lightspeed;
        if (!adapter) return { readings: 0, skipped: 0, driftingItemIds: [] };
        return reconcileLightspeed(getDb(), adapter, {
          runId,
          account: `lightspeed:${env.LIGHTSPEED_ACCOUNT_ID ?? ""}`,
          currency: env.SHOP_CURRENCY,
          now,
        });
      }),
      Promise.all(
        opened.stores.map((domain) =>
          step.run(`read-store-${domain}`, async () => {
            const client = getConnectors().shopify.get(domain);
            if (!client) throw new Error(`${domain} is no longer configured`);
            return reconcileStoreReadings(getDb(), client, now);
          }),
        ),
      ),
    ]);
    const storeChanges = stores.flatMap((store) => store.changes);

    let afterItemId = 0;
    let driftingListings = 0;
    for (let index = 0; ; index += 1) {
      const chunk = await step.run(`compare-${index}`, () =>
        compareAndRepairChunk(getDb(), getConnectors().shopify, {
          runId,
          afterItemId,
          size: reconcileChunkSize,
          storeChanges,
          lightspeedDriftItemIds: lightspeed.driftingItemIds,
          now,
        }),
      );
      if (chunk.lastItemId === null) break;
      afterItemId = chunk.lastItemId;
      driftingListings += chunk.driftingListings;
    }

    await step.run("finish-run", () => finishReconciliationRun(getDb(), runId, "completed", now()));
    return {
      runId,
      totalSkus: opened.totalSkus,
      lightspeedDrift: lightspeed.driftingItemIds.length,
      stores: stores.map((store) => ({ domain: store.domain, method: store.method, changed: store.changes.length })),
      driftingListings,
    };
  },
);
