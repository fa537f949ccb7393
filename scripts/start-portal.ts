import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { env, isDemo } from "@/lib/env";
import { createTrafficGenerator } from "@/sandbox/traffic/create-traffic-generator";
import { startDemoSandbox } from "./start-demo-sandbox";
import { needsBuild } from "./needs-build";
import { runCommand, startCommand } from "./run-command";

const startedAt = Date.now();
const log = (message: string) => console.log(`[tillbridge] ${message}`);

async function waitUntilHealthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const healthy = await fetch(url).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the portal did not answer ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Builds if needed, migrates the database and serves the portal on http://localhost:$PORT. With no real shop
 * connected it seeds the demo shop, runs the simulated Lightspeed, Shopify and Stripe in this process with the
 * portal's connectors pointed at them, and plays a gentle day of shop traffic through them.
 */
export async function startPortal(): Promise<void> {
  if (needsBuild(process.cwd())) {
    log("building the portal (first start, or the sources changed)…");
    await runCommand("next", ["build"]);
  }
  const database = getDatabaseHandle();
  log(`database: ${database.kind === "pglite" ? `embedded PGlite in ${env.PGLITE_DIR}` : "Postgres at DATABASE_URL"}`);
  await database.migrate();
  const demo = isDemo ? await startDemo(database.db) : null;
  await closeDatabase();

  const server = startCommand("next", ["start", "--port", String(env.PORT)], {
    NEXT_MANUAL_SIG_HANDLE: "true",
    ...(demo?.portalEnvironment ?? {}),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      demo?.traffic?.stop();
      server.kill(signal);
    });
  }
  server.on("exit", (code) => {
    void (demo?.sandbox.close() ?? Promise.resolve()).finally(() => process.exit(code ?? 0));
  });

  const origin = `http://localhost:${env.PORT}`;
  await waitUntilHealthy(`${origin}/api/health`, 120_000);
  log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${origin}`);
  if (demo) {
    if (env.DEMO_TRAFFIC_EVENTS_PER_MINUTE > 0) {
      demo.traffic = createTrafficGenerator({ sandbox: demo.sandbox, seed: Date.now() % 100_000, eventsPerMinute: env.DEMO_TRAFFIC_EVENTS_PER_MINUTE });
      demo.traffic.start();
      log(`simulated shop traffic: ${env.DEMO_TRAFFIC_EVENTS_PER_MINUTE} events a minute (DEMO_TRAFFIC_EVENTS_PER_MINUTE)`);
    }
    log("demo data — no real shop is connected. Sign in as:");
    log("  owner  owner@example.com / tillbridge-owner");
    log("  staff  staff@example.com / tillbridge-staff");
  }
}

async function startDemo(db: Parameters<typeof seedDemoShop>[0]) {
  const seeded = await seedDemoShop(db, { country: env.SHOP_COUNTRY, currency: env.SHOP_CURRENCY, timeZone: env.SHOP_TIME_ZONE });
  log(seeded.seeded ? "seeded the demo shop" : "demo shop already seeded");
  const { sandbox, portalEnvironment } = await startDemoSandbox(db);
  log(`simulated Lightspeed ${sandbox.controlUrls.lightspeed}, Shopify ${sandbox.controlUrls.shopify}, Stripe ${sandbox.controlUrls.stripe}`);
  const demo: { sandbox: typeof sandbox; portalEnvironment: Record<string, string>; traffic: ReturnType<typeof createTrafficGenerator> | null } = {
    sandbox,
    portalEnvironment,
    traffic: null,
  };
  return demo;
}
