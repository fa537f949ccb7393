import { mkdirSync } from "node:fs";
import path from "node:path";
import { startChaosSandbox } from "@/tests/chaos/chaos-sandbox";
import { freePort } from "@/tests/chaos/free-port";
import { createPortalProcess, type PortalProcess } from "@/tests/chaos/portal-process";
import { prepareShop } from "@/tests/chaos/prepare-shop";
import type { RunningSandbox } from "@/sandbox/run/start-sandbox";
import { createThrowawayDatabase, type ThrowawayDatabase } from "../support/throwaway-database";

export type BenchPortal = { database: ThrowawayDatabase; sandbox: RunningSandbox; portal: PortalProcess; logFile: string; close: () => Promise<void> };

/**
 * The built portal (`next start`, its engine inside) on a throwaway Postgres database seeded with the demo shop and
 * `stores` Shopify stores, connected to simulations in this process that run in real time (time scale 1), as the
 * chaos run wires them. Resolves once the portal answers its health check.
 */
export async function startBenchPortal(options: { stores: number; seed: number }): Promise<BenchPortal> {
  const database = await createThrowawayDatabase("postgres");
  const shop = await prepareShop(database.handle.db, database.handle.migrate, options.stores);
  const [portalPort, enginePort] = [await freePort(), await freePort()];
  const { sandbox, portalEnvironment } = await startChaosSandbox(database.handle.db, {
    portalPort,
    seed: options.seed,
    storeDomains: shop.storeDomains,
    timeScale: 1,
  });
  const runDirectory = path.resolve(".data", "bench-propagation");
  mkdirSync(runDirectory, { recursive: true });
  const logFile = path.join(runDirectory, "portal.log");
  const portal = createPortalProcess({
    port: portalPort,
    environment: {
      ...portalEnvironment,
      DATABASE_URL: database.url ?? "",
      INNGEST_LOCAL_PORT: String(enginePort),
      DEMO_TRAFFIC_EVENTS_PER_MINUTE: "0",
    },
    logFile,
    verbose: false,
  });
  const close = async () => {
    await portal.close().catch(() => undefined);
    await sandbox.close().catch(() => undefined);
    await database.dispose();
  };
  try {
    await portal.start();
  } catch (error) {
    await close();
    throw error;
  }
  return { database, sandbox, portal, logFile, close };
}
