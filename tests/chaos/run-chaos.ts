import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { childProcessEnvironment } from "@/lib/env";
import { needsBuild } from "@/scripts/needs-build";
import { openDatabase, type Database, type DatabaseHandle } from "@/lib/db/open-database";
import { chosenDisruptions, usesPrivatePostgres, type ChaosOptions } from "./chaos-options";
import { chaosLog, errorText, sleep } from "./chaos-log";
import { startChaosSandbox } from "./chaos-sandbox";
import { checkInvariants } from "./check-invariants";
import { freePort } from "./free-port";
import { playTraffic } from "./play-traffic";
import { readInboxBaseline, readPortalState } from "./portal-state";
import { createDisruptions, type Disruption } from "./disruptions";
import { createPortalProcess } from "./portal-process";
import { startPrivatePostgres } from "./private-postgres";
import { createPropagationProbe, percentile } from "./propagation-probe";
import { clearFaults, injectFaults, readFaultsFired } from "./sandbox-faults";
import { sandboxReader } from "./sandbox-snapshot";
import { settle, settleWebhooks, waitQuiet } from "./settle";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./throwaway-database";

export type ChaosResult = Record<string, unknown> & { ok: boolean };

/** Webhook retries and Lightspeed's drip run 20× faster than real time, so a portal restart costs seconds. */
const TIME_SCALE = 20;

async function buildIfNeeded(force: boolean): Promise<void> {
  const root = process.cwd();
  const missing = !existsSync(path.join(root, ".next", "BUILD_ID"));
  if (!missing && !(force && needsBuild(root))) {
    if (needsBuild(root)) chaosLog("note: sources are newer than .next/BUILD_ID; running the existing build (pass --build to rebuild)");
    return;
  }
  chaosLog("building the portal (next build)…");
  await new Promise<void>((resolve, reject) => {
    spawn("node_modules/.bin/next", ["build"], { stdio: ["ignore", process.stderr, process.stderr], env: childProcessEnvironment({}) }).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code ?? "?"})`)),
    );
  });
}

/** Reads of the portal's database while it runs (Postgres), on one small pool opened at the first read. */
function databaseReader(database: ThrowawayDatabase) {
  let handle: DatabaseHandle | null = null;
  return {
    readWhileRunning: <T>(read: (db: Database) => Promise<T>): Promise<T> => {
      handle ??= openDatabase({ kind: "postgres", url: database.location, maxConnections: 1 });
      return read(handle.db);
    },
    closeReader: async () => handle?.close(),
  };
}

type DisruptionReport = { happened: boolean; evidence: Record<string, number> };

async function describeDisruptions(disruptions: readonly Disruption[]): Promise<Record<string, DisruptionReport>> {
  const described: Record<string, DisruptionReport> = {};
  for (const disruption of disruptions) described[disruption.name] = { happened: await disruption.happened(), evidence: await disruption.evidence() };
  return described;
}

/** The whole chaos run: throwaway shop, sandbox, built portal, traffic with faults, settle, invariants. */
export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const startedAt = Date.now();
  await buildIfNeeded(options.build);
  const runDirectory = path.resolve(".data", `chaos-${options.seed}`);
  mkdirSync(runDirectory, { recursive: true });
  const privatePostgres = usesPrivatePostgres(options) ? await startPrivatePostgres() : null;
  const database = await createThrowawayDatabase(runDirectory, options.seed, privatePostgres?.serverUrl ?? options.databaseUrl);
  const [portalPort, enginePort] = [await freePort(), await freePort()];

  const setup = database.open();
  const { prepareShop } = await import("./prepare-shop");
  const shop = await prepareShop(setup.db, setup.migrate, options.stores);
  chaosLog(`database: ${database.kind} (${database.location}); stores ${shop.storeDomains.join(", ")}; ${shop.normalisedLevels} seeded drifting levels set to sellable`);
  const { sandbox, portalEnvironment } = await startChaosSandbox(setup.db, { portalPort, seed: options.seed, storeDomains: shop.storeDomains, timeScale: TIME_SCALE });
  const inboxBaseline = await readInboxBaseline(setup.db);
  await setup.close();

  const portal = createPortalProcess({
    port: portalPort,
    environment: { ...portalEnvironment, ...database.portalEnvironment, INNGEST_LOCAL_PORT: String(enginePort), DEMO_TRAFFIC_EVENTS_PER_MINUTE: "0" },
    logFile: path.join(runDirectory, "portal.log"),
    verbose: options.verbose,
  });
  const reader = sandboxReader(sandbox);
  const { readWhileRunning, closeReader } = databaseReader(database);
  let keepDatabase = true;
  try {
    await portal.start();
    chaosLog(`portal up on ${portal.origin} (log ${path.join(runDirectory, "portal.log")})`);
    await sleep(1_500);
    await injectFaults(sandbox.controlUrls, options.faults, options.duplicates);
    chaosLog(`faults: API ${options.faults}, duplicates ${options.duplicates}, shuffled delivery`);

    const probe = createPropagationProbe(reader);
    const disruptions = createDisruptions(
      chosenDisruptions(options),
      {
        portal,
        controlUrls: sandbox.controlUrls,
        storeDomains: shop.storeDomains,
        faults: options.faults,
        readDatabase: database.kind === "postgres" ? readWhileRunning : null,
        privatePostgres,
      },
      { events: options.events, inboxBaselineId: inboxBaseline.lastId },
    );
    const traffic = await playTraffic({
      sandbox,
      reader,
      probe,
      seed: options.seed,
      events: options.events,
      gapMs: options.gapMs,
      burstShare: options.burstShare,
      atEvent: (played) => {
        for (const disruption of disruptions) disruption.atEvent(played);
      },
    });
    for (const disruption of disruptions) await disruption.finish();
    const trafficEndedAt = new Date();
    chaosLog(`traffic done: ${JSON.stringify(traffic.byKind)}; bursts ${traffic.bursts}; refused ${traffic.refused}; failures ${traffic.failures}`);
    // The faults stay on while the portal works through what the traffic left (half the settle time at most).
    const faultsUntil = Date.now() + (options.settleTimeoutS * 1_000) / 2;
    await settleWebhooks(sandbox, faultsUntil).catch((error: unknown) => chaosLog(`webhook queues did not settle under faults: ${errorText(error)}`));
    chaosLog(`with faults on, the simulations ${(await waitQuiet(reader, faultsUntil)) ? "went quiet" : "were still changing"}; faults off`);
    const fired = await readFaultsFired(sandbox.controlUrls);
    await clearFaults(sandbox.controlUrls);

    const settled = await settle({ sandbox, reader, portal, database, inboxBaselineId: inboxBaseline.lastId, trafficEndedAt, timeoutMs: options.settleTimeoutS * 1_000 });
    await probe.stop();
    const [itemShops, sales, stores, stripe, shopifyWebhooks] = await Promise.all([
      reader.itemShops(),
      reader.sales(),
      reader.stores(),
      reader.stripe(),
      reader.shopifyWebhooks(),
    ]);
    const portalState = await readPortalState(settled.handle.db, inboxBaseline.lastId);
    await settled.handle.close();
    const report = checkInvariants({ itemShops, sales, stores, stripe }, portalState);
    for (const finding of report.findings) chaosLog(finding);
    for (const run of portalState.failedRuns) chaosLog(`failed engine run: ${run.function_id}: ${run.error}`);

    const samples = probe.samplesMs();
    const disrupted = await describeDisruptions(disruptions);
    const ok =
      report.drift_skus === 0 &&
      report.oversold_units === 0 &&
      report.duplicate_ls_sales === 0 &&
      report.lost_refunds === 0 &&
      report.unprocessed_inbox === 0 &&
      Object.values(disrupted).every((disruption) => disruption.happened);
    keepDatabase = !ok;
    return {
      ok,
      seed: options.seed,
      events: traffic.played,
      faults: options.faults,
      duplicates: options.duplicates,
      stores: shop.storeDomains.length,
      restart: options.restart,
      disruptions: disrupted,
      database: privatePostgres === null ? database.kind : "postgres (private server)",
      faults_injected: fired.lightspeed + fired.shopify + fired.stripe,
      faults_injected_by_system: fired,
      duplicates_delivered: stripe.deliveries.filter((delivery) => delivery.copies > 1).length + shopifyWebhooks.filter((webhook) => webhook.attempts > 1).length,
      drift_skus: report.drift_skus,
      oversold_units: report.oversold_units,
      duplicate_ls_sales: report.duplicate_ls_sales,
      duplicate_ls_refunds: report.duplicate_ls_refunds,
      lost_refunds: report.lost_refunds,
      refunds_for_review: report.refunds_for_review,
      unprocessed_inbox: report.unprocessed_inbox,
      seeded_inbox_open: inboxBaseline.open,
      settled: settled.settled,
      p95_propagation_ms: percentile(samples, 0.95),
      p50_propagation_ms: percentile(samples, 0.5),
      propagation_samples: samples.length,
      propagation_unresolved: probe.unresolved(),
      traffic: { byKind: traffic.byKind, bursts: traffic.bursts, refused: traffic.refused, failures: traffic.failures },
      failed_engine_runs: portalState.failedRuns.length,
      attention_items: Object.fromEntries(portalState.attention.map((row) => [row.kind, row.n])),
      portal_starts: portal.starts(),
      settle_s: Math.round(settled.settleMs / 100) / 10,
      duration_s: Math.round((Date.now() - startedAt) / 100) / 10,
    };
  } finally {
    await portal.close().catch(() => undefined);
    await sandbox.close().catch(() => undefined);
    if (keepDatabase) chaosLog(`kept the database for inspection: ${database.location}`);
    else await database.dispose().catch((error: unknown) => chaosLog(`could not drop the throwaway database: ${errorText(error)}`));
    await closeReader();
    if (privatePostgres !== null && keepDatabase) chaosLog(`the private Postgres server is left running for inspection: ${privatePostgres.stopCommand}`);
    else await privatePostgres?.dispose();
  }
}
