import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/lib/db/open-database";

/** The local Postgres server benchmarks create their throwaway databases on (trust authentication). */
export const benchPostgresServer = "postgres://postgres@127.0.0.1:5432/postgres";

export type BenchDatabaseKind = "pglite" | "postgres";

/** A migrated, empty database for one measurement, and what to give a child process to use the same one. */
export type ThrowawayDatabase = {
  handle: DatabaseHandle;
  /** DATABASE_URL of a Postgres database; null for in-memory PGlite (no other process can reach it). */
  url: string | null;
  dispose: () => Promise<void>;
};

const localHosts = ["127.0.0.1", "localhost", "::1", "[::1]"];

/** In-memory PGlite, or a fresh database on the local Postgres server (created here, dropped by `dispose`). */
export async function createThrowawayDatabase(kind: BenchDatabaseKind, maxConnections = 8): Promise<ThrowawayDatabase> {
  if (kind === "pglite") {
    const handle = openDatabase({ kind: "pglite", dataDir: null });
    await handle.migrate();
    return { handle, url: null, dispose: handle.close };
  }
  const url = new URL(benchPostgresServer);
  if (!localHosts.includes(url.hostname)) throw new Error(`refusing a non-local server: ${url.hostname}`);
  const name = `tillbridge_bench_${randomBytes(6).toString("hex")}`;
  const admin = postgres(benchPostgresServer, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString(), maxConnections });
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
    throw error;
  }
  return {
    handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Runs `measure` on a throwaway database of `kind` and drops it afterwards, whatever happens. */
export async function withThrowawayDatabase<T>(kind: BenchDatabaseKind, measure: (database: ThrowawayDatabase) => Promise<T>): Promise<T> {
  const database = await createThrowawayDatabase(kind);
  try {
    return await measure(database);
  } finally {
    await database.dispose();
  }
}
