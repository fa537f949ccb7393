import type { Database } from "@/lib/db/open-database";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { localEngineOptionsSchema } from "@/inngest/local/local-engine-options";
import { callControl } from "@/sandbox/run/control-client";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { z } from "zod";
import { lightspeedUsage, readLightspeedBucket, readLightspeedRequests } from "../reconcile/lightspeed-usage";
import { connectToSandbox } from "../reconcile/sandbox-connectors";
import { reserveOrderBacklog } from "./reserve-order-backlog";
import { runWithWorkers } from "./run-with-workers";

/** As many posts in flight as the local engine makes calls at once. */
const engineConcurrency = localEngineOptionsSchema.shape.maxConcurrentCalls.parse(undefined);

/**
 * A backlog of `orders` reserved online orders posted as completed Lightspeed sales (look-up by reference, post,
 * confirm), as many at once as the engine would. Lightspeed's drip is sped up `timeScale` times. Answers the
 * API's own count of 429s and the share of the drip the backlog used while it lasted.
 */
export async function measureLightspeedBacklog(
  db: Database,
  connection: SandboxConnection,
  options: { orders: number; skus: number; timeScale: number },
) {
  await callControl("POST", `${connection.controlUrls.lightspeed}/time-scale`, z.unknown(), { timeScale: options.timeScale });
  const orderIds = await reserveOrderBacklog(db, { count: options.orders, skus: options.skus, domain: connection.shopify.stores[0]?.domain ?? "" });
  const { lightspeed } = connectToSandbox(db, connection);
  const before = await readLightspeedBucket(connection.controlUrls.lightspeed);
  const startedAt = Date.now();
  await runWithWorkers(orderIds, engineConcurrency, async (orderId) => {
    const posted = await postOnlineOrderSale(db, lightspeed, orderId, { registerId: "1", employeeId: "1" });
    if (posted === null) return;
    await confirmPostedSale(db, { orderId, lightspeedSaleId: posted.lightspeedSaleId, saleTimestamp: new Date(posted.saleTimestamp), now: new Date() });
  });
  const endedAt = Date.now();
  const usage = lightspeedUsage(await readLightspeedRequests(connection.controlUrls.lightspeed, before.lastSeq), { bucket: before.bucket, atMs: startedAt }, endedAt);
  return {
    orders: options.orders,
    concurrency: engineConcurrency,
    time_scale: options.timeScale,
    drip_per_s: before.bucket.dripRate,
    sales_per_s: Math.round((options.orders / usage.seconds) * 100) / 100,
    ...usage,
  };
}
