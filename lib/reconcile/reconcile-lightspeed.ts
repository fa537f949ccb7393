import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Database } from "@/lib/db/open-database";
import { driftReports } from "@/lib/db/schema";
import { recordLightspeedSale } from "@/lib/orders/record-lightspeed-sale";
import { applyItemShopReading } from "@/lib/stock/apply-item-shop-reading";
import { loadItemsInPosting } from "@/lib/stock/load-items-in-posting";
import { loadLightspeedCatalogMap } from "@/lib/stock/lightspeed-catalog-map";
import { lightspeedDriftCause } from "./drift-causes";
import { levelKey, loadPortalLevels } from "./portal-levels";
import { readPollSalesCursor } from "./poll-sales-cursor";

export type LightspeedReconciliation = {
  readings: number;
  /** Readings changing while we read (newer than the sales we saw), or of items being posted: left for the poll. */
  skipped: number;
  /** Items whose Lightspeed on-hand differed from the portal's (now applied, explained in the ledger). */
  driftingItemIds: number[];
};

/** Clocks differ a little between Lightspeed and us (as in the poll). */
const clockSkewMs = 1_000;

/**
 * Reads every ItemShop (paged, no `since`) and compares it with the portal's on-hand. Sales the poll has not seen
 * yet are recorded first, exactly as the poll would record them (idempotent: the poll later finds them known), so
 * a till sale lands in the ledger as a sale; what the reading adds beyond them is applied with
 * `applyItemShopReading` (a correction row). Every difference is kept on the drift report with its cause,
 * repaired at once (Lightspeed is the truth).
 */
export async function reconcileLightspeed(
  db: Database,
  lightspeed: LightspeedAdapter,
  options: { runId: number; account: string; currency: string; now: () => Date; signal?: AbortSignal },
): Promise<LightspeedReconciliation> {
  const signal = options.signal ? { signal: options.signal } : {};
  const catalog = await loadLightspeedCatalogMap(db);
  const before = await loadPortalLevels(db);

  const tillSaleItems = new Set<number>();
  const onlineSaleItems = new Set<number>();
  const salesStartedAt = options.now();
  const salesSince = await readPollSalesCursor(db, options.account);
  // Before the poll's first run there is no cursor, and nothing to say which sales the levels already include.
  if (salesSince !== null) {
    for await (const sale of lightspeed.listSales({ since: salesSince, ...signal })) {
      const recorded = await recordLightspeedSale(db, sale, catalog, { currency: options.currency, now: options.now() });
      const into = recorded.kind === "till" ? tillSaleItems : recorded.kind === "own" ? onlineSaleItems : null;
      for (const itemId of recorded.itemIds) into?.add(itemId);
    }
  }
  const afterSales = await loadPortalLevels(db);
  const watermark = salesStartedAt.getTime() - clockSkewMs;
  const inPosting = await loadItemsInPosting(db, options.now());

  const result: LightspeedReconciliation = { readings: 0, skipped: 0, driftingItemIds: [] };
  const drifting = new Set<number>();
  for await (const reading of lightspeed.listItemShops(signal)) {
    const item = catalog.itemByLightspeedId.get(reading.itemId);
    const lightspeedShopId = catalog.shopByLightspeedId.get(reading.shopId);
    if (!item || lightspeedShopId === undefined) continue;
    if (Date.parse(reading.timeStamp) > watermark || inPosting.has(item.id)) {
      result.skipped += 1;
      continue;
    }
    result.readings += 1;
    const key = levelKey(item.id, lightspeedShopId);
    const portal = before.get(key) ?? null;
    const portalAfterSales = afterSales.get(key) ?? null;
    if (portal === reading.qoh) continue;
    const unseenTillSale = tillSaleItems.has(item.id);
    const unconfirmedOnlineSale = onlineSaleItems.has(item.id);
    const salesFoundHere = unseenTillSale || unconfirmedOnlineSale;
    const now = options.now();
    const outcome =
      portalAfterSales === reading.qoh
        ? "unchanged"
        : await applyItemShopReading(db, {
            itemId: item.id,
            sku: item.sku,
            lightspeedShopId,
            itemShopId: reading.itemShopId,
            qoh: reading.qoh,
            timeStamp: new Date(reading.timeStamp),
            now,
          });
    // Stale: the portal already holds newer deltas. Unchanged without a sale found here: the poll, running alongside,
    // applied it meanwhile. Neither is drift.
    if (outcome === "stale" || (outcome === "unchanged" && !salesFoundHere)) continue;
    drifting.add(item.id);
    const expected = salesFoundHere ? portal : portalAfterSales;
    await db.insert(driftReports).values({
      reconciliationRunId: options.runId,
      itemId: item.id,
      system: "lightspeed",
      shopifyStoreId: null,
      expected: expected ?? 0,
      actual: reading.qoh,
      cause: lightspeedDriftCause({ lightspeed: reading.qoh, portal: expected, afterSales: portalAfterSales, unseenTillSale, unconfirmedOnlineSale }),
      detectedAt: now,
      repairedAt: now,
    });
  }
  result.driftingItemIds = [...drifting];
  return result;
}
