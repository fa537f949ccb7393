/** `npm run db:seed`: migrates the configured database and fills it with the demo shop (once). */
import { closeDatabase, getDatabaseHandle } from "@/lib/db";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { env } from "@/lib/env";

const log = (message: string) => console.log(`[tillbridge] ${message}`);

try {
  const database = getDatabaseHandle();
  await database.migrate();
  const startedAt = performance.now();
  const result = await seedDemoShop(database.db, { country: env.SHOP_COUNTRY, currency: env.SHOP_CURRENCY, timeZone: env.SHOP_TIME_ZONE });
  if (!result.seeded) {
    log("the database already has items: nothing seeded");
  } else {
    log(`seeded the demo shop in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (${database.kind})`);
    const width = Math.max(...Object.keys(result.counts).map((table) => table.length));
    for (const [table, count] of Object.entries(result.counts)) log(`  ${table.padEnd(width)}  ${count}`);
  }
} finally {
  await closeDatabase();
}
