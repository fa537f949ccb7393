/**
 * `npx tsx bench/dashboard-queries.ts [--iterations=30] [--postgres=postgres://…] [--skip-postgres]`
 *
 * Seeds the demo shop (6 months, ~8,800 orders) into an in-memory PGlite and into a throwaway database on a local
 * Postgres server (created here, dropped at the end), runs each of the dashboard's queries a number of times and
 * prints JSON with the p50 and p95 of each, in milliseconds, plus the whole dashboard load.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { z } from "zod";
import { listSalesChannels } from "@/lib/analytics/list-sales-channels";
import { loadDashboard } from "@/lib/analytics/load-dashboard";
import { loadReorderList } from "@/lib/analytics/load-reorder-list";
import { loadSlowMovers } from "@/lib/analytics/load-slow-movers";
import { readChannelFreshness } from "@/lib/analytics/read-channel-freshness";
import { readChannelSales } from "@/lib/analytics/read-channel-sales";
import { readOrderList } from "@/lib/analytics/read-order-list";
import { readStockPositions } from "@/lib/analytics/read-stock-positions";
import { readStockSettings } from "@/lib/analytics/read-stock-settings";
import { readStockVariance } from "@/lib/analytics/read-stock-variance";
import { readStockVsSales } from "@/lib/analytics/read-stock-vs-sales";
import { readTopCustomers } from "@/lib/analytics/read-top-customers";
import { addDays, localDateOf } from "@/lib/analytics/shop-calendar";
import { openDatabase, type Database, type DatabaseHandle } from "@/lib/db/open-database";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";

const argsSchema = z.object({
  iterations: z.coerce.number().int().min(1).max(1000).default(30),
  postgres: z.string().url().default("postgres://postgres@127.0.0.1:5432/test"),
  skipPostgres: z.boolean().default(false),
});

function parseArgs(argv: readonly string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string | boolean> = {};
  for (const arg of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`Unknown argument ${arg}`);
    raw[match[1].replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = match[2] ?? true;
  }
  return argsSchema.parse(raw);
}

const timeZone = "America/New_York";
const warmUps = 3;

type Timing = { p50Ms: number; p95Ms: number; minMs: number; maxMs: number };

function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

async function measure(run: () => Promise<unknown>, iterations: number): Promise<Timing> {
  for (let index = 0; index < warmUps; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const startedAt = performance.now();
    await run();
    samples.push(performance.now() - startedAt);
  }
  samples.sort((a, b) => a - b);
  return { p50Ms: round(percentile(samples, 0.5)), p95Ms: round(percentile(samples, 0.95)), minMs: round(samples[0] ?? Number.NaN), maxMs: round(samples.at(-1) ?? Number.NaN) };
}

/** Every query the dashboard (and its drill-down and CSV) runs, with the parameters the default view uses. */
function dashboardQueries(db: Database, now: Date): Record<string, () => Promise<unknown>> {
  const today = localDateOf(now, timeZone);
  const month = { from: addDays(today, -29), to: today };
  const halfYear = { from: addDays(today, -181), to: today };
  return {
    listSalesChannels: () => listSalesChannels(db),
    "readChannelSales 30 days by day": () => readChannelSales(db, { range: month, timeZone, unit: "day", channels: null }),
    "readChannelSales 6 months by week": () => readChannelSales(db, { range: halfYear, timeZone, unit: "week", channels: null }),
    "readChannelSales 6 months, one store": () => readChannelSales(db, { range: halfYear, timeZone, unit: "week", channels: ["shopify-2"] }),
    "readStockVsSales 30 days": () => readStockVsSales(db, { range: month, timeZone, channels: null }),
    "readStockVsSales 6 months": () => readStockVsSales(db, { range: halfYear, timeZone, channels: null }),
    "readStockPositions 30-day window": () => readStockPositions(db, { now, windowDays: 30 }),
    "readStockPositions 180-day window": () => readStockPositions(db, { now, windowDays: 180 }),
    readStockSettings: () => readStockSettings(db),
    "loadReorderList + loadSlowMovers": async () => loadSlowMovers(db, { positions: (await loadReorderList(db, { now, windowDays: 30 })).positions, windowDays: 30, now }),
    readTopCustomers: () => readTopCustomers(db, { now, limit: 10 }),
    readStockVariance: () => readStockVariance(db),
    readChannelFreshness: () => readChannelFreshness(db, { now }),
    "readOrderList 30 days, page 1": () => readOrderList(db, { range: month, timeZone, channels: null, sku: null, limit: 50, offset: 0 }),
    "readOrderList 6 months, one SKU": () => readOrderList(db, { range: halfYear, timeZone, channels: null, sku: "FLT-P02-NAT", limit: 50, offset: 0 }),
    "loadDashboard (whole page, default filters)": () => loadDashboard(db, { searchParams: {}, now, timeZone }),
    "loadDashboard (6 months, two channels)": () => loadDashboard(db, { searchParams: { from: halfYear.from, to: halfYear.to, channel: ["in_store", "stripe"] }, now, timeZone }),
  };
}

async function benchmark(handle: DatabaseHandle, iterations: number): Promise<{ seedMs: number; orders: number; queries: Record<string, Timing> }> {
  await handle.migrate();
  const now = new Date();
  const seedStartedAt = performance.now();
  const seeded = await seedDemoShop(handle.db, { country: "US", currency: "USD", timeZone, now });
  const seedMs = Math.round(performance.now() - seedStartedAt);
  const orders = seeded.seeded ? (seeded.counts.orders ?? 0) : 0;
  if (handle.kind === "postgres") await handle.db.execute("analyze");
  const queries: Record<string, Timing> = {};
  for (const [name, run] of Object.entries(dashboardQueries(handle.db, now))) {
    queries[name] = await measure(run, iterations);
    process.stderr.write(`[bench] ${handle.kind} ${name}: p50 ${queries[name]?.p50Ms} ms\n`);
  }
  return { seedMs, orders, queries };
}

async function withThrowawayPostgres<T>(serverUrl: string, run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) throw new Error(`Refusing to benchmark on non-local host ${url.hostname}`);
  const name = `tillbridge_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 10 });
  try {
    return await run(handle);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pglite = openDatabase({ kind: "pglite", dataDir: null });
  const results: Record<string, unknown> = {};
  try {
    results["pglite"] = await benchmark(pglite, args.iterations);
  } finally {
    await pglite.close();
  }
  if (!args.skipPostgres) results["postgres"] = await withThrowawayPostgres(args.postgres, (handle) => benchmark(handle, args.iterations));
  console.log(JSON.stringify({ generatedAt: new Date().toISOString(), iterations: args.iterations, warmUps, timeZone, databases: results }, null, 2));
}

await main();
