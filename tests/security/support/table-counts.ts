import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db";
import { queryRows } from "@/lib/db/query-rows";

/** How many rows each table of the portal holds: compared before and after a refused call, nothing may differ. */
export async function tableCounts(db: Executor): Promise<Record<string, number>> {
  const tables = await queryRows(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    z.object({ table_name: z.string() }),
  );
  const countEach = sql.join(
    tables.map(({ table_name: table }) => sql`select ${table} as table_name, count(*) as rows from ${sql.identifier(table)}`),
    sql` union all `,
  );
  const counts = await queryRows(db, countEach, z.object({ table_name: z.string(), rows: z.coerce.number() }));
  return Object.fromEntries(counts.map(({ table_name: table, rows }) => [table, rows]));
}
