import { sql } from "drizzle-orm";
import { z } from "zod";
import { localEngineOptionsSchema } from "@/inngest/local/local-engine-options";
import type { Database } from "@/lib/db/open-database";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { callControl } from "@/sandbox/run/control-client";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { connectToSandbox } from "../reconcile/sandbox-connectors";
import { runWithWorkers } from "./run-with-workers";
import { watchShopifyCosts } from "./watch-shopify-costs";

/** As many item syncs in flight as the local engine makes calls at once. */
const engineConcurrency = localEngineOptionsSchema.shape.maxConcurrentCalls.parse(undefined);

const storeSchema = z.object({
  throttle: z.object({ maximumAvailable: z.number(), currentlyAvailable: z.number(), restoreRate: z.number() }),
  stats: z.object({ requests: z.number(), throttled: z.number() }),
});

/**
 * A mass fan-out: the on-hand of every one of `items` SKUs drops by one (as when a poll finds thousands changed),
 * and each SKU's sellable is pushed to the store the way `sync-item-sellable` does it — one run per SKU, as many at
 * once as the engine runs. The store's restore rate is sped up `timeScale` times. Answers the THROTTLED and 429
 * counts and the share of the points the store allowed over the fan-out that it used.
 */
export async function measureShopifyFanOut(db: Database, connection: SandboxConnection, options: { items: number; timeScale: number }) {
  const domain = connection.shopify.stores[0]?.domain ?? "";
  const storeUrl = `${connection.controlUrls.shopify}/stores/${domain}`;
  await callControl("PUT", `${connection.controlUrls.shopify}/settings`, z.unknown(), { timeScale: options.timeScale });
  await db.execute(sql`update lightspeed_levels set on_hand = on_hand - 1 where item_id <= ${options.items}`);
  const watch = watchShopifyCosts();
  const clients = connectToSandbox(db, connection, { shopifyFetch: watch.fetch }).shopify;
  const before = await callControl("GET", storeUrl, storeSchema);
  const itemIds = Array.from({ length: options.items }, (_, index) => index + 1);
  let written = 0;
  const startedAt = Date.now();
  await runWithWorkers(itemIds, engineConcurrency, async (itemId) => {
    const pushed = await pushSellableToStores(db, clients, [itemId]);
    written += pushed.written;
  });
  const seconds = (Date.now() - startedAt) / 1000;
  const after = await callControl("GET", storeUrl, storeSchema);
  const seen = watch.totals();
  const allowed = before.throttle.currentlyAvailable + before.throttle.restoreRate * seconds;
  return {
    items: options.items,
    written,
    concurrency: engineConcurrency,
    time_scale: options.timeScale,
    restore_per_s: before.throttle.restoreRate,
    seconds: Math.round(seconds * 10) / 10,
    items_per_s: Math.round((written / seconds) * 10) / 10,
    calls: seen.calls,
    points_charged: seen.pointsCharged,
    points_allowed: Math.round(allowed),
    share_used: Math.round((seen.pointsCharged / allowed) * 1000) / 1000,
    throttled: after.stats.throttled - before.stats.throttled,
    rate_limited: seen.rateLimited,
    /** Time the client held calls back for points: near 0 means the fan-out could not go faster than it did. */
    held_back_s: Math.round((clients.get(domain)?.budget().waitedMs ?? 0) / 100) / 10,
  };
}
