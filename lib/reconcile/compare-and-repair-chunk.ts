import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db/open-database";
import { driftReports, items } from "@/lib/db/schema";
import { loadItemStoreTargets, type ItemStoreTarget } from "@/lib/stock/load-item-store-targets";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { storeDriftCause } from "./drift-causes";
import { advanceReconciliationRun } from "./reconciliation-run";
import type { StoreChange } from "./reconcile-store-readings";

export type ChunkResult = {
  /** The last item checked: the next chunk starts after it. Null when there was nothing left. */
  lastItemId: number | null;
  checked: number;
  driftingListings: number;
  repaired: number;
};

const listingKey = (itemId: number, storeId: number) => `${itemId}:${storeId}`;

/**
 * The next `size` SKUs after `afterItemId`: every store listing whose figure (as just read) differs from its
 * sellable one is put on the drift report with its cause and set back with compare-and-set, in one batch. Open
 * reports of these SKUs from before whose store now shows its sellable figure are closed as repaired.
 */
export async function compareAndRepairChunk(
  db: Database,
  clients: ReadonlyMap<string, ShopifyClient>,
  input: {
    runId: number;
    afterItemId: number;
    size: number;
    storeChanges: readonly StoreChange[];
    lightspeedDriftItemIds: readonly number[];
    now: () => Date;
  },
): Promise<ChunkResult> {
  const chunk = await db.select({ id: items.id }).from(items).where(gt(items.id, input.afterItemId)).orderBy(asc(items.id)).limit(input.size);
  const lastItemId = chunk.at(-1)?.id ?? null;
  if (lastItemId === null) return { lastItemId: null, checked: 0, driftingListings: 0, repaired: 0 };
  const itemIds = chunk.map((row) => row.id);
  const changes = new Map(input.storeChanges.map((change) => [listingKey(change.itemId, change.storeId), change]));
  const lightspeedDrift = new Set(input.lightspeedDriftItemIds);

  const drifting = (await loadItemStoreTargets(db, itemIds)).filter(
    (target): target is ItemStoreTarget & { lastKnown: number } => target.lastKnown !== null && target.lastKnown !== target.expected && clients.has(target.domain),
  );
  let repaired = 0;
  let rows: Array<typeof driftReports.$inferInsert> = [];
  if (drifting.length > 0) {
    const driftingItemIds = [...new Set(drifting.map((target) => target.itemId))];
    const pushed = await pushSellableToStores(db, clients, driftingItemIds, input.now);
    const after = new Map((await loadItemStoreTargets(db, driftingItemIds)).map((target) => [listingKey(target.itemId, target.storeId), target]));
    const now = input.now();
    rows = drifting.map((target) => {
      const key = listingKey(target.itemId, target.storeId);
      const change = changes.get(key);
      const settled = after.get(key);
      const rejected = pushed.rejected.some((refusal) => refusal.itemId === target.itemId && refusal.storeId === target.storeId);
      const isRepaired = !rejected && settled !== undefined && settled.lastKnown === settled.expected;
      if (isRepaired) repaired += 1;
      return {
        reconciliationRunId: input.runId,
        itemId: target.itemId,
        system: "shopify" as const,
        shopifyStoreId: target.storeId,
        expected: target.expected,
        actual: target.lastKnown,
        cause: storeDriftCause({
          actual: target.lastKnown,
          expected: target.expected,
          previous: change?.previous ?? null,
          changedInStore: change !== undefined,
          followsLightspeed: lightspeedDrift.has(target.itemId),
        }),
        detectedAt: now,
        repairedAt: isRepaired ? now : null,
      };
    });
  }
  // Open reports from before (a webhook's, an earlier run's) whose store now shows its sellable figure are repaired.
  const inStep = new Set(
    (await loadItemStoreTargets(db, itemIds))
      .filter((target) => clients.has(target.domain) && target.lastKnown === target.expected)
      .map((target) => listingKey(target.itemId, target.storeId)),
  );
  const earlier = await db
    .select({ id: driftReports.id, itemId: driftReports.itemId, storeId: driftReports.shopifyStoreId })
    .from(driftReports)
    .where(and(inArray(driftReports.itemId, itemIds), eq(driftReports.system, "shopify"), isNull(driftReports.repairedAt)));
  const superseded = earlier.filter((report) => report.storeId !== null && inStep.has(listingKey(report.itemId, report.storeId))).map((report) => report.id);
  // The report rows and the progress move together, so a retried chunk does not report twice.
  await db.transaction(async (tx) => {
    if (superseded.length > 0) {
      await tx.update(driftReports).set({ repairedAt: input.now() }).where(and(inArray(driftReports.id, superseded), isNull(driftReports.repairedAt)));
    }
    if (rows.length > 0) await tx.insert(driftReports).values(rows);
    await advanceReconciliationRun(tx, input.runId, itemIds.length);
  });
  return { lastItemId, checked: itemIds.length, driftingListings: drifting.length, repaired };
}
