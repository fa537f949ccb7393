/** `npm run db:migrate`: applies the committed migrations to the configured database. */
import { closeDatabase, getDatabaseHandle } from "@/lib/db";

const database = getDatabaseHandle();
await database.migrate();
await closeDatabase();
console.log(`[tillbridge] migrations applied (${database.kind})`);
