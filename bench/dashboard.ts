import { sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows } from "@/lib/db/query-rows";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import type { Benchmark, BenchmarkTarget } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase, type BenchDatabaseKind } from "./support/throwaway-database";
import { timeRepeatedly, type LatencySummary } from "./support/timing";
import { dashboardQueries, wholePageLoads } from "./dashboard/dashboard-queries";
import { generateOrderHistory } from "./dashboard/generate-order-history";

const orderLinesAtScale1 = 1_000_000;
const targetP95Ms = 300;
const timeZone = "America/New_York";
const rounds = 20;
const warmUps = 1;
/** Per query: enough samples for a p95 at the target, without minutes per query when it is far over. */
const budgetMs = 15_000;

type DashboardFigures = { orderLines: number; orders: number; seedMs: number; queries: Record<string, LatencySummary> };

const countSchema = z.object({ lines: z.coerce.number(), orders: z.coerce.number() });

async function measureOn(kind: BenchDatabaseKind, orderLines: number): Promise<DashboardFigures> {
  return withThrowawayDatabase(kind, async ({ handle }) => {
    const now = new Date();
    const seedStartedAt = performance.now();
    await seedDemoShop(handle.db, { country: "US", currency: "USD", timeZone, now });
    const [demo] = await queryRows(handle.db, sql`select (select count(*) from order_lines) as lines, (select count(*) from orders) as orders`, countSchema);
    await generateOrderHistory(handle.db, { orderLines: Math.max(0, orderLines - (demo?.lines ?? 0)), now });
    const [seeded] = await queryRows(handle.db, sql`select (select count(*) from order_lines) as lines, (select count(*) from orders) as orders`, countSchema);
    const seedMs = Math.round(performance.now() - seedStartedAt);
    progress("dashboard", `${kind}: ${seeded?.lines} order lines in ${seeded?.orders} orders, seeded in ${seedMs} ms`);
    const queries: Record<string, LatencySummary> = {};
    for (const [name, run] of Object.entries(dashboardQueries(handle.db, now, timeZone))) {
      queries[name] = await timeRepeatedly(run, { rounds, warmUps, budgetMs });
      progress("dashboard", `${kind} ${name}: p95 ${queries[name]?.p95Ms} ms`);
    }
    return { orderLines: seeded?.lines ?? 0, orders: seeded?.orders ?? 0, seedMs, queries };
  });
}

const targets = (database: BenchDatabaseKind, figures: DashboardFigures): BenchmarkTarget[] =>
  wholePageLoads.map((load) => {
    const value = figures.queries[load]?.p95Ms ?? null;
    return { figure: `${load} p95 on ${database} at ${figures.orderLines} order lines (ms)`, target: `<= ${targetP95Ms}`, value, met: value !== null && value <= targetP95Ms };
  });

/** The dashboard's queries and the whole page load on a shop with a year of busy trading (demo shop + generated history). */
const dashboard: Benchmark = {
  name: "dashboard",
  describe: `dashboard queries and whole page load p95 at ${orderLinesAtScale1} order lines on Postgres and PGlite (target <= ${targetP95Ms} ms)`,
  async run({ scale }) {
    const orderLines = Math.round(orderLinesAtScale1 * scale);
    const postgres = await measureOn("postgres", orderLines);
    const pglite = await measureOn("pglite", orderLines);
    return { name: "dashboard", figures: { postgres, pglite, rounds, warmUps, budgetMs }, targets: [...targets("postgres", postgres), ...targets("pglite", pglite)] };
  },
};

export default dashboard;
