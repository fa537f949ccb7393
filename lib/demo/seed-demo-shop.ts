import { sql } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/password";
import type { Database, Executor } from "@/lib/db/open-database";
import { items } from "@/lib/db/schema";
import { insertCustomerMerges, insertCustomers } from "./insert-customers";
import { insertOrders } from "./insert-orders";
import { insertShop } from "./insert-shop";
import { insertStock } from "./insert-stock";
import { insertOperations } from "./operations";
import { planDemoShop } from "./plan-demo-shop";
import { createRandom } from "./random";
import type { SeedIds } from "./seed-ids";
import { demoStore, demoUsers } from "./stores";

const optionsSchema = z.object({
  seed: z.number().int().default(20_261_122),
  now: z.date().optional(),
  country: z.string().trim().length(2).toUpperCase(),
  currency: z.string().trim().length(3).toUpperCase(),
  timeZone: z.string().min(1).default("America/New_York"),
});

export type SeedDemoShopOptions = z.input<typeof optionsSchema>;

export type SeedDemoShopResult =
  | { seeded: false }
  | {
      seeded: true;
      /** Rows written per table. */
      counts: Record<string, number>;
      /** Store SKUs whose Shopify level deliberately differs from the sellable figure (open drift). */
      driftingSkus: { storeDomain: string; sku: string }[];
    };

/** Serialises concurrent seeds of one database (two `npm start`s racing). */
const seedLockKey = 7_420_261_122;

async function hasItems(db: Executor): Promise<boolean> {
  const rows = await db.select({ id: items.id }).from(items).limit(1);
  return rows.length > 0;
}

/**
 * Fills an empty database with a believable independent shop: a coffee roaster's shop that also sells
 * brewing gear and kitchenware, on one Lightspeed shop and two Shopify stores, with six months of sales,
 * customers known across channels, a stock ledger that explains every level, and the operational odds and
 * ends (webhooks, runs, drift, things needing attention). The same seed and `now` give the same shop.
 * Does nothing, and says so, when any item exists.
 */
export async function seedDemoShop(db: Database, options: SeedDemoShopOptions): Promise<SeedDemoShopResult> {
  const parsed = optionsSchema.parse(options);
  if (await hasItems(db)) return { seeded: false };
  const plan = planDemoShop({ ...parsed, now: parsed.now ?? new Date() });
  const passwordHashes = Object.fromEntries(await Promise.all(demoUsers.map(async (user) => [user.email, await hashPassword(user.password)] as const)));

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
    if (await hasItems(tx)) return { seeded: false };
    const shop = await insertShop(tx, plan, passwordHashes);
    const people = await insertCustomers(tx, plan, shop.storeIds);
    const sales = await insertOrders(tx, plan, { ...shop, ...people });
    const ids: SeedIds = { ...shop, ...people, orderIds: sales.orderIds };
    const customerMerges = await insertCustomerMerges(tx, plan, ids);
    const stock = await insertStock(tx, plan, ids);
    const operations = await insertOperations(tx, plan, ids, createRandom(parsed.seed ^ 0x5eed));
    return {
      seeded: true,
      counts: { ...shop.counts, ...people.counts, customerMerges, ...sales.counts, ...stock, ...operations },
      driftingSkus: plan.storeLevels.openDrifts.map((drift) => ({ storeDomain: demoStore(drift.storeKey).domain, sku: drift.sku })),
    };
  });
}
