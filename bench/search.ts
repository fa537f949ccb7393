import { searchCustomers } from "@/lib/customers/search-customers";
import type { Benchmark, BenchmarkTarget } from "./support/benchmark";
import { progress } from "./support/progress";
import { withThrowawayDatabase, type BenchDatabaseKind } from "./support/throwaway-database";
import { summarizeLatencies, type LatencySummary } from "./support/timing";
import { planScans } from "./search/plan-scans";
import { sampleQueries, type QueryKind } from "./search/sample-queries";
import { seedCustomers } from "./search/seed-customers";

const customersAtScale1 = 200_000;
const targetP95Ms = 50;
const country = "US";
const queriesPerKind = 40;
const rounds = 5;
const kinds: readonly QueryKind[] = ["name", "email", "phone"];

type SearchFigures = { customers: number; seedMs: number; all: LatencySummary; byKind: Record<QueryKind, LatencySummary>; examples: Record<QueryKind, string[]>; scans: Record<QueryKind, string[]> };

async function measureOn(kind: BenchDatabaseKind, customers: number): Promise<SearchFigures> {
  return withThrowawayDatabase(kind, async ({ handle }) => {
    const seedStartedAt = performance.now();
    await seedCustomers(handle.db, customers);
    const seedMs = Math.round(performance.now() - seedStartedAt);
    progress("search", `${kind}: seeded ${customers} customers in ${seedMs} ms`);
    const queries = await sampleQueries(handle.db, { perKind: queriesPerKind, customers });
    for (const query of kinds.flatMap((queryKind) => queries[queryKind]).slice(0, 30)) await searchCustomers(handle.db, { query, country });
    const samples: Record<QueryKind, number[]> = { name: [], email: [], phone: [] };
    for (let round = 0; round < rounds; round += 1) {
      for (const queryKind of kinds) {
        for (const query of queries[queryKind]) {
          const startedAt = performance.now();
          await searchCustomers(handle.db, { query, country });
          samples[queryKind].push(performance.now() - startedAt);
        }
      }
    }
    const byKind = { name: summarizeLatencies(samples.name), email: summarizeLatencies(samples.email), phone: summarizeLatencies(samples.phone) };
    const all = summarizeLatencies(kinds.flatMap((queryKind) => samples[queryKind]));
    progress("search", `${kind}: p95 ${all.p95Ms} ms over ${all.samples} searches`);
    return {
      customers,
      seedMs,
      all,
      byKind,
      examples: { name: queries.name.slice(0, 4), email: queries.email.slice(0, 3), phone: queries.phone.slice(0, 4) },
      scans: {
        name: await planScans(handle.db, queries.name[1] ?? "a", country),
        email: await planScans(handle.db, queries.email[1] ?? "a", country),
        phone: await planScans(handle.db, queries.phone[0] ?? "555", country),
      },
    };
  });
}

const target = (database: BenchDatabaseKind, figures: SearchFigures): BenchmarkTarget => ({
  figure: `search p95 on ${database} at ${figures.customers} customers (ms)`,
  target: `<= ${targetP95Ms}`,
  value: figures.all.p95Ms,
  met: figures.all.p95Ms <= targetP95Ms,
});

/** Customer search as staff type (name, email, phone in any format): p95 of `searchCustomers` on a large shop. */
const search: Benchmark = {
  name: "search",
  describe: `customer search p95 at ${customersAtScale1} customers on Postgres and PGlite (target <= ${targetP95Ms} ms)`,
  async run({ scale }) {
    const customers = Math.round(customersAtScale1 * scale);
    const postgres = await measureOn("postgres", customers);
    const pglite = await measureOn("pglite", customers);
    return { name: "search", figures: { postgres, pglite, queriesPerKind, rounds }, targets: [target("postgres", postgres), target("pglite", pglite)] };
  },
};

export default search;
