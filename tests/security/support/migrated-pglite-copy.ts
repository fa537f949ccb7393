import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "@/lib/db/open-database";
import { createTestDatabase, type TestDatabaseKind } from "../../support/test-database";

const migrationsFolder = path.resolve(import.meta.dirname, "../../../drizzle");
const buildTimeoutMs = 180_000;

/** A fingerprint of the migrations: a template built from other migrations is never reused. */
function migrationsFingerprint(): string {
  const hash = createHash("sha256");
  const files = readdirSync(migrationsFolder, { recursive: true, encoding: "utf8" }).sort();
  for (const file of files) {
    const full = path.join(migrationsFolder, file);
    if (file.endsWith(".sql") || file.endsWith(".json")) hash.update(file).update(readFileSync(full));
  }
  return hash.digest("hex").slice(0, 16);
}

async function buildTemplate(template: string): Promise<void> {
  const building = `${template}.${process.pid}.building`;
  const handle = openDatabase({ kind: "pglite", dataDir: building });
  await handle.migrate();
  await handle.close();
  renameSync(building, template);
}

/** Builds the migrated template once per machine and set of migrations; other test files wait for it. */
async function migratedTemplate(): Promise<string> {
  const template = path.join(tmpdir(), `tillbridge-sweep-pglite-${migrationsFingerprint()}`);
  const lock = `${template}.lock`;
  const deadline = Date.now() + buildTimeoutMs;
  while (!existsSync(template)) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${template} (remove ${lock} if no test run is building it)`);
      await sleep(200);
      continue;
    }
    try {
      await buildTemplate(template);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return template;
}

/**
 * A fresh, migrated PGlite data directory of the test file's own: a copy of a template migrated once, since
 * migrating an embedded database takes seconds and every security test file needs one.
 */
export async function migratedPgliteCopy(): Promise<{ dataDir: string; remove: () => void }> {
  const template = await migratedTemplate();
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "tillbridge-sweep-db-")), "pglite");
  cpSync(template, dataDir, { recursive: true });
  return { dataDir, remove: () => rmSync(path.dirname(dataDir), { recursive: true, force: true }) };
}

/** A throwaway migrated database of `kind` for a security test: PGlite from the template, Postgres as every test makes it. */
export async function createSweepDatabase(kind: TestDatabaseKind): ReturnType<typeof createTestDatabase> {
  if (kind === "postgres") return createTestDatabase(kind);
  const { dataDir, remove } = await migratedPgliteCopy();
  const handle = openDatabase({ kind: "pglite", dataDir });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      remove();
    },
  };
}
