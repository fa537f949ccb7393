import { mkdirSync } from "node:fs";
import path from "node:path";
import { freePort } from "@/tests/chaos/free-port";
import { createPortalProcess } from "@/tests/chaos/portal-process";
import { countStoredDeliveries, type InboxCount } from "./count-stored-deliveries";
import { runIngestPhases, type IngestPhases } from "./ingest-phases";
import { watchProcessMemory, type MemoryPeak } from "./process-memory";
import { benchShopDomain, benchShopifySecret, benchStripeSecret } from "./webhook-secrets";
import type { ThrowawayDatabase } from "../support/throwaway-database";

export type PortalUnderLoad = { phases: IngestPhases; memory: MemoryPeak; inbox: InboxCount; logFile: string };

/**
 * The built portal (`next start`, as tests/chaos starts it) on Postgres `database`, with one Shopify store and a
 * Stripe endpoint secret configured, the local engine running inside it as in a single-box install, and no demo
 * traffic; driven through the ingest phases from a separate load process while its memory (the whole process tree)
 * is watched. Afterwards every acknowledged delivery is looked up in the inbox.
 */
export async function measurePortalUnderLoad(database: ThrowawayDatabase, seconds: number, log: (message: string) => void): Promise<PortalUnderLoad> {
  if (database.url === null) throw new Error("the portal under load needs a Postgres database");
  const outDirectory = path.resolve("bench", "out");
  mkdirSync(outDirectory, { recursive: true });
  const logFile = path.join(outDirectory, "ingest-portal.log");
  const portal = createPortalProcess({
    port: await freePort(),
    environment: {
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      SHOPIFY_STORES: JSON.stringify([{ domain: benchShopDomain, accessToken: "shpat_bench", webhookSecret: benchShopifySecret }]),
      STRIPE_WEBHOOK_SECRETS: benchStripeSecret,
      INNGEST_LOCAL_PORT: String(await freePort()),
      DEMO_TRAFFIC_EVENTS_PER_MINUTE: "0",
    },
    logFile,
    verbose: false,
  });
  await portal.start();
  try {
    const pid = portal.pid();
    if (pid === null) throw new Error("the portal has no process id");
    log(`portal up on ${portal.origin} (pid ${pid}, log ${logFile})`);
    const memory = watchProcessMemory(pid);
    const phases = await runIngestPhases(portal.origin, "portal", seconds, log);
    const peak = memory.stop();
    log(`portal peak RSS ${peak.peakRssMib} MiB (VmHWM ${peak.peakHighWaterMarkMib} MiB over ${peak.processes} processes)`);
    const inbox = await countStoredDeliveries(database.handle.db, phases.acceptedIds);
    return { phases, memory: peak, inbox, logFile };
  } finally {
    await portal.close();
  }
}
