import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "@/lib/db/query-rows";
import { z } from "zod";
import { createTestDatabase, testDatabaseKinds } from "../support/test-database";

describe.each(testDatabaseKinds())("migrations on %s", (kind) => {
  it("create every table and the trigram indexes, and apply twice without harm", async () => {
    const database = await createTestDatabase(kind);
    try {
      await database.migrate();
      const tables = await queryRows(
        database.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
        z.object({ table_name: z.string() }),
      );
      expect(tables.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(["users", "items", "orders", "stock_movements", "webhook_inbox", "customer_merges", "audit_log"]),
      );
      const trigram = await queryRows(
        database.db,
        sql`select similarity('tillbridge', 'tilbridge') as score`,
        z.object({ score: z.coerce.number() }),
      );
      expect(trigram[0]?.score).toBeGreaterThan(0.5);
    } finally {
      await database.dispose();
    }
  });
});
