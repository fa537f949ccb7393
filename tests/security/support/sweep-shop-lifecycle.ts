import { afterAll, beforeAll } from "vitest";
import { closeDatabase, getDb } from "@/lib/db";
import type { SecurityEnvironment } from "./security-environment";
import { seedSweepShop, type SweepShop } from "./seed-sweep-shop";
import { signInAs } from "./session-stub";

/** Seeds the sweep's shop before a file's tests (handing it to `seeded`) and closes everything after them. */
export function withSweepShop(environment: SecurityEnvironment, seeded: (shop: SweepShop) => void): void {
  beforeAll(async () => {
    seeded(await seedSweepShop(getDb()));
  });
  afterAll(async () => {
    signInAs(null);
    await closeDatabase();
    await environment.close();
  });
}
