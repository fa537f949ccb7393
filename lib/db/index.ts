import { env } from "@/lib/env";
import { openDatabase, type Database, type DatabaseHandle } from "./open-database";

export type { Database, Executor, Transaction } from "./open-database";

/**
 * The process-wide database. Kept on `globalThis` so that every bundle of the app (route handlers,
 * instrumentation, scripts) shares one PGlite instance: two instances on one directory would corrupt it.
 */
const globalKey = Symbol.for("tillbridge.database");
type GlobalWithDatabase = typeof globalThis & { [globalKey]?: DatabaseHandle };

export function getDatabaseHandle(): DatabaseHandle {
  const holder = globalThis as GlobalWithDatabase;
  holder[globalKey] ??= openDatabase(
    env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.PGLITE_DIR },
  );
  return holder[globalKey];
}

export function getDb(): Database {
  return getDatabaseHandle().db;
}

/** Closes the process-wide database (PGlite must be closed cleanly before the process exits). */
export async function closeDatabase(): Promise<void> {
  const holder = globalThis as GlobalWithDatabase;
  const handle = holder[globalKey];
  delete holder[globalKey];
  await handle?.close();
}
