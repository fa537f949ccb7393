import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** What query functions take first: the database or a transaction inside it. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  kind: "pglite" | "postgres";
  /** Applies the committed migrations in `drizzle/`; safe to call again. */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseLocation =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir: string | null };

const migrationsFolder = path.join(process.cwd(), "drizzle");

/**
 * Planner settings for every session. `random_page_cost` 1.1 instead of the spinning-disk default 4: the data is
 * on SSD or in memory, and at the default the planner reads all of `customers` rather than use the trigram indexes
 * for a search that matches a few thousand rows (3–5× slower at 200,000 customers; bench/RESULTS.md, `search`).
 */
const plannerSettings = { random_page_cost: "1.1" } as const;

/** Opens Postgres (postgres.js) or the embedded PGlite (`dataDir` null = in memory), with pg_trgm. */
export function openDatabase(location: DatabaseLocation): DatabaseHandle {
  if (location.kind === "postgres") {
    const client = postgres(location.url, { max: location.maxConnections ?? 10, onnotice: () => {}, connection: plannerSettings });
    const db = drizzlePostgres({ client, schema });
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (location.dataDir !== null) mkdirSync(path.dirname(path.resolve(location.dataDir)), { recursive: true });
  const client = new PGlite(location.dataDir ?? "memory://", { extensions: { pg_trgm } });
  // PGlite is one session that runs its queries in order: this one goes first.
  const configured = client.exec(Object.entries(plannerSettings).map(([name, value]) => `set ${name} = ${value};`).join(" "));
  configured.catch(() => undefined); // surfaced by migrate(), which every start-up runs first
  const db = drizzlePglite({ client, schema });
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await configured;
      await migratePglite(db, { migrationsFolder });
    },
    close: async () => {
      await configured.catch(() => undefined);
      await client.close();
    },
  };
}
