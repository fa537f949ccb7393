import { eq } from "drizzle-orm";
import { z } from "zod";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Database } from "@/lib/db/open-database";
import { connections } from "@/lib/db/schema";
import { recordLightspeedSale } from "@/lib/orders/record-lightspeed-sale";
import { applyItemShopReading } from "./apply-item-shop-reading";
import { loadItemsInPosting } from "./load-items-in-posting";
import { loadLightspeedCatalogMap } from "./lightspeed-catalog-map";
import { readLightspeedMovementsSince } from "./read-lightspeed-movements-since";

const cursorSchema = z.object({ sales: z.string().optional(), itemShops: z.string().optional(), changesSentThrough: z.coerce.number().int().optional() });

export type PollResult = {
  sales: number;
  tillSales: number;
  readings: number;
  corrected: number;
  deferred: number;
  /** Items whose sellable figure must be pushed: this poll's, and any a poll before it recorded but never announced. */
  changedItemIds: number[];
  /** The newest Lightspeed stock movement `changedItemIds` covers: the next poll's `changesSentThrough`. */
  movementsThrough: number;
};

/** Clocks differ a little between Lightspeed and us: readings this close to the sales poll wait for the next one. */
const clockSkewMs = 1_000;

/**
 * One poll of Lightspeed (R-Series has no webhooks): new sales first, then stock readings. A reading is applied only
 * once every sale it could include has been seen — readings newer than the start of the sales poll wait for the
 * next poll — so a till sale is counted once, by its sale, and a reading only adds what the sales do not explain.
 * Readings of items the portal is posting a sale or refund for wait too, until the posting is confirmed: Lightspeed
 * may hold that sale before the portal has counted it.
 * Cursors (`timeStamp >=`) are kept in the account's `connections` row; re-reading the boundary is harmless.
 *
 * What a poll records is durable at once, but the announcement that follows (the caller's stockChanged events) is
 * not: a poll re-run after a crash finds its sales already recorded and its cursor moved on. So the announcements
 * are tracked by a mark kept with the cursors: every Lightspeed movement after `changesSentThrough` (the previous
 * poll's `movementsThrough`, whose events were sent before this poll began; else the stored mark) is announced again.
 */
export async function pollLightspeed(
  db: Database,
  lightspeed: LightspeedAdapter,
  options: { account: string; currency: string; now: () => Date; changesSentThrough: number | null; signal?: AbortSignal },
): Promise<PollResult> {
  const [connection] = await db.select().from(connections).where(eq(connections.account, options.account));
  const cursor = cursorSchema.parse(connection?.cursor ?? {});
  const catalog = await loadLightspeedCatalogMap(db);
  const result: PollResult = { sales: 0, tillSales: 0, readings: 0, corrected: 0, deferred: 0, changedItemIds: [], movementsThrough: 0 };
  const changed = new Set<number>();

  // with no mark yet, nothing recorded before this poll is owed
  const sentThrough = options.changesSentThrough ?? cursor.changesSentThrough ?? (await readLightspeedMovementsSince(db, null)).throughId;
  const startedAt = options.now();
  const watermark = startedAt.getTime() - clockSkewMs;
  const salesSince = cursor.sales ?? startedAt.toISOString();
  let salesCursor = salesSince;
  for await (const sale of lightspeed.listSales({ since: salesSince, ...(options.signal ? { signal: options.signal } : {}) })) {
    result.sales += 1;
    const recorded = await recordLightspeedSale(db, sale, catalog, { currency: options.currency, now: options.now() });
    if (recorded.kind === "till") result.tillSales += 1;
    for (const itemId of recorded.itemIds) changed.add(itemId);
    if (sale.timeStamp > salesCursor) salesCursor = sale.timeStamp;
  }

  const inPosting = await loadItemsInPosting(db, options.now());
  let newestApplied: string | undefined;
  let oldestDeferred: string | undefined;
  const itemShopsSince = cursor.itemShops;
  for await (const reading of lightspeed.listItemShops({
    ...(itemShopsSince ? { since: itemShopsSince } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  })) {
    const item = catalog.itemByLightspeedId.get(reading.itemId);
    const lightspeedShopId = catalog.shopByLightspeedId.get(reading.shopId);
    if (!item || lightspeedShopId === undefined) continue;
    if (Date.parse(reading.timeStamp) > watermark || inPosting.has(item.id)) {
      result.deferred += 1;
      if (oldestDeferred === undefined || reading.timeStamp < oldestDeferred) oldestDeferred = reading.timeStamp;
      continue;
    }
    result.readings += 1;
    const outcome = await applyItemShopReading(db, {
      itemId: item.id,
      sku: item.sku,
      lightspeedShopId,
      itemShopId: reading.itemShopId,
      qoh: reading.qoh,
      timeStamp: new Date(reading.timeStamp),
      now: options.now(),
    });
    if (outcome === "corrected") {
      result.corrected += 1;
      changed.add(item.id);
    }
    if (newestApplied === undefined || reading.timeStamp > newestApplied) newestApplied = reading.timeStamp;
  }

  const owed = await readLightspeedMovementsSince(db, sentThrough);
  for (const itemId of owed.itemIds) changed.add(itemId);

  const itemShopsCursor = oldestDeferred ?? newestApplied ?? itemShopsSince;
  const nextCursor: Record<string, string> = {
    sales: salesCursor,
    ...(itemShopsCursor ? { itemShops: itemShopsCursor } : {}),
    changesSentThrough: String(sentThrough),
  };
  await db
    .insert(connections)
    .values({ system: "lightspeed", account: options.account, cursor: nextCursor, lastSuccessAt: options.now() })
    .onConflictDoUpdate({ target: connections.account, set: { cursor: nextCursor, lastSuccessAt: options.now(), lastError: null } });
  result.changedItemIds = [...changed];
  result.movementsThrough = owed.throughId;
  return result;
}
