/**
 * `npx tsx bench/customer-search.ts [postgres-server-url]`: how fast the customer search answers on the demo shop.
 * Seeds the demo shop into an in-memory PGlite and into a throwaway database on the Postgres server (default
 * postgres://postgres@127.0.0.1:5432/test; created here and dropped at the end), then times `searchCustomers`
 * for name, email and phone queries drawn from the seeded customers, and prints JSON with p50/p95 in ms.
 */
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import postgres from "postgres";
import { z } from "zod";
import { customerCandidatesSql, searchCustomers } from "@/lib/customers/search-customers";
import { openDatabase, type DatabaseHandle } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";

const country = "US";
const rounds = 5;
const sampleSize = 40;
const serverUrl = z.url().parse(process.argv[2] ?? "postgres://postgres@127.0.0.1:5432/test");

type QueryKind = "name" | "email" | "phone";
type Stats = { queries: number; p50Ms: number; p95Ms: number; maxMs: number; meanResults: number };

const sampleSchema = z.object({ display_name: z.string(), email: z.string().nullable(), phone: z.string().nullable() });

/** Queries as staff would type them: part of a name, part of an email, a phone in another format. */
async function sampleQueries(handle: DatabaseHandle): Promise<Record<QueryKind, string[]>> {
  const people = await queryRows(
    handle.db,
    sql`select display_name, email, phone from customers where merged_into_id is null and email is not null and phone is not null order by id`,
    sampleSchema,
  );
  const stride = Math.max(1, Math.floor(people.length / sampleSize));
  const picked = people.filter((_, index) => index % stride === 0).slice(0, sampleSize);
  const queries: Record<QueryKind, string[]> = { name: [], email: [], phone: [] };
  for (const [index, person] of picked.entries()) {
    const [first = "", last = ""] = person.display_name.split(" ");
    queries.name.push([first.slice(0, 3), person.display_name, last, `${first} ${last.slice(0, 2)}`][index % 4] ?? first);
    const email = person.email ?? "";
    queries.email.push([email, email.slice(0, 6), email.split("@")[0] ?? email][index % 3] ?? email);
    const parsed = parsePhoneNumberFromString(person.phone ?? "");
    const national = parsed?.formatNational() ?? "";
    const digits = national.replace(/\D/g, "");
    queries.phone.push(
      [national, digits.replace(/(\d{3})(\d{3})(\d{4})/, "$1.$2.$3"), parsed?.formatInternational() ?? "", digits.slice(-7)][index % 4] ?? national,
    );
  }
  return queries;
}

function percentile(sorted: readonly number[], share: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return Math.round((sorted[index] ?? Number.NaN) * 10) / 10;
}

async function measure(handle: DatabaseHandle, queries: readonly string[]): Promise<Stats> {
  const timings: number[] = [];
  let results = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      const startedAt = performance.now();
      const hits = await searchCustomers(handle.db, { query, country });
      timings.push(performance.now() - startedAt);
      results += hits.length;
    }
  }
  timings.sort((a, b) => a - b);
  return {
    queries: timings.length,
    p50Ms: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    maxMs: percentile(timings, 1),
    meanResults: Math.round((results / timings.length) * 10) / 10,
  };
}

const planLineSchema = z.record(z.string(), z.unknown()).transform((row) => String(Object.values(row)[0] ?? ""));

/**
 * How the database finds the candidates for `query`: its scan nodes. On a table this small the planner rightly
 * reads it whole; with sequential scans disabled it shows the trigram indexes the conditions can use.
 */
async function scansFor(handle: DatabaseHandle, query: string, allowSeqScan: boolean): Promise<string[]> {
  const lines = await handle.db.transaction(async (tx) => {
    if (!allowSeqScan) await tx.execute(sql`set local enable_seqscan = off`);
    return queryRows(tx, sql`explain ${customerCandidatesSql(query, country)}`, planLineSchema);
  });
  return lines.filter((line) => /Scan|BitmapOr/.test(line)).map((line) => line.replace(/\s*\(cost.*$/, "").trim().replace(/^->\s*/, ""));
}

async function benchmark(handle: DatabaseHandle): Promise<Record<string, unknown>> {
  await handle.migrate();
  const seedStartedAt = performance.now();
  const seeded = await seedDemoShop(handle.db, { country, currency: "USD", now: new Date("2026-11-22T15:00:00Z") });
  if (!seeded.seeded) throw new Error("the benchmark database was not empty");
  const seedMs = Math.round(performance.now() - seedStartedAt);
  const queries = await sampleQueries(handle);
  // Warm up: the first queries on a fresh connection (and PGlite's WebAssembly) are not what staff wait for.
  for (const query of [...queries.name, ...queries.email, ...queries.phone].slice(0, 30)) await searchCustomers(handle.db, { query, country });
  return {
    customers: seeded.counts["customers"],
    seedMs,
    name: await measure(handle, queries.name),
    email: await measure(handle, queries.email),
    phone: await measure(handle, queries.phone),
    examples: { name: queries.name.slice(0, 4), email: queries.email.slice(0, 3), phone: queries.phone.slice(0, 4) },
    scans: {
      name: await scansFor(handle, queries.name[1] ?? "a", true),
      email: await scansFor(handle, queries.email[1] ?? "a", true),
      phone: await scansFor(handle, queries.phone[0] ?? "555", true),
    },
    scansWithoutSeqScan: {
      name: await scansFor(handle, queries.name[1] ?? "a", false),
      email: await scansFor(handle, queries.email[1] ?? "a", false),
      phone: await scansFor(handle, queries.phone[0] ?? "555", false),
    },
  };
}

async function onPglite(): Promise<Record<string, unknown>> {
  const handle = openDatabase({ kind: "pglite", dataDir: null });
  try {
    return await benchmark(handle);
  } finally {
    await handle.close();
  }
}

async function onPostgres(): Promise<Record<string, unknown>> {
  const url = new URL(serverUrl);
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) throw new Error(`refusing a non-local server: ${url.hostname}`);
  const name = `tillbridge_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 4 });
  try {
    return await benchmark(handle);
  } finally {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const report = { budgetMs: 100, pglite: await onPglite(), postgres: await onPostgres() };
console.log(JSON.stringify(report, null, 2));
