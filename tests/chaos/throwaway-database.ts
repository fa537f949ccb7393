import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/lib/db/open-database";

/** Where the run's database lives, and how the portal is pointed at it. */
export type ThrowawayDatabase = {
  kind: "pglite" | "postgres";
  /** PGLITE_DIR / DATABASE_URL for the portal (the other one is blanked so the caller's environment cannot leak in). */
  portalEnvironment: Record<string, string>;
  open: () => DatabaseHandle;
  /** The PGlite folder or the Postgres URL, for inspection after a failed run. */
  location: string;
  /** Drops a Postgres database; a PGlite folder is kept for inspection. */
  dispose: () => Promise<void>;
};

/** A fresh PGlite folder under .data/chaos-<seed>/, or a fresh database on the given Postgres server. */
export async function createThrowawayDatabase(runDirectory: string, seed: number, serverUrl: string | undefined): Promise<ThrowawayDatabase> {
  if (serverUrl === undefined) {
    const dataDir = path.join(runDirectory, "pglite");
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(runDirectory, { recursive: true });
    return {
      kind: "pglite",
      portalEnvironment: { PGLITE_DIR: dataDir, DATABASE_URL: "" },
      open: () => openDatabase({ kind: "pglite", dataDir }),
      location: dataDir,
      dispose: async () => undefined,
    };
  }
  const name = `tillbridge_chaos_${seed}_${Date.now()}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    kind: "postgres",
    portalEnvironment: { DATABASE_URL: databaseUrl },
    open: () => openDatabase({ kind: "postgres", url: databaseUrl, maxConnections: 4 }),
    location: databaseUrl,
    dispose: async () => {
      const dropper = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end({ timeout: 5 });
      }
    },
  };
}
