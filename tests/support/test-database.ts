import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { openDatabase, type DatabaseHandle } from "@/lib/db/open-database";
import { testEnvironment } from "./test-environment";

export type TestDatabaseKind = "pglite" | "postgres";

/** The database kinds integration tests run on: always PGlite, and the real server when TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return readTestDatabaseUrl() ? ["pglite", "postgres"] : ["pglite"];
}

function readTestDatabaseUrl(): string | undefined {
  return testEnvironment.TEST_DATABASE_URL;
}

function assertLocal(url: URL): void {
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(url.hostname)) {
    throw new Error(`Refusing to create test databases on non-local host ${url.hostname}`);
  }
}

/**
 * A throwaway, migrated database: in-memory PGlite, or a fresh database on the TEST_DATABASE_URL server
 * (created here and dropped by `dispose`). Each test file seeds its own data.
 */
export async function createTestDatabase(kind: TestDatabaseKind): Promise<DatabaseHandle & { dispose: () => Promise<void> }> {
  if (kind === "pglite") {
    const handle = openDatabase({ kind: "pglite", dataDir: null });
    await handle.migrate();
    return { ...handle, dispose: handle.close };
  }
  const serverUrl = readTestDatabaseUrl();
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const url = new URL(serverUrl);
  assertLocal(url);
  const name = `tillbridge_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 5 });
  await handle.migrate();
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
