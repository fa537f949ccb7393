import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { env, isDemo } from "@/lib/env";
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
 * Builds if needed, migrates the database, seeds the demo shop when no real shop is connected, and
 * serves the portal on http://localhost:$PORT.
 */
export async function startPortal(): Promise<void> {
  if (needsBuild(process.cwd())) {
    log("building the portal (first start, or the sources changed)…");
    await runCommand("next", ["build"]);
  }
  const database = getDatabaseHandle();
  log(`database: ${database.kind === "pglite" ? `embedded PGlite in ${env.PGLITE_DIR}` : "Postgres at DATABASE_URL"}`);
  await database.migrate();
  if (isDemo) {
    const seeded = await seedDemoShop(database.db, {
      country: env.SHOP_COUNTRY,
      currency: env.SHOP_CURRENCY,
      timeZone: env.SHOP_TIME_ZONE,
    });
    log(seeded.seeded ? "seeded the demo shop" : "demo shop already seeded");
  }
  await closeDatabase();

  const server = startCommand("next", ["start", "--port", String(env.PORT)], { NEXT_MANUAL_SIG_HANDLE: "true" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));

  const origin = `http://localhost:${env.PORT}`;
  await waitUntilHealthy(`${origin}/api/health`, 120_000);
  log(`ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: ${origin}`);
  if (isDemo) {
    log("demo data — no real shop is connected. Sign in as:");
    log("  owner  owner@example.com / tillbridge-owner");
    log("  staff  staff@example.com / tillbridge-staff");
  }
}
