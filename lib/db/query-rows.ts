import type { SQL } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "./open-database";

/**
 * Runs raw SQL and returns its rows parsed by `schema`. postgres.js returns the rows as an array and
 * PGlite as `{ rows }`; bigint aggregates arrive as strings from postgres.js, so schemas should coerce.
 */
export async function queryRows<T>(db: Executor, query: SQL, schema: z.ZodType<T>): Promise<T[]> {
  const result: unknown = await db.execute(query);
  const rows = Array.isArray(result) ? result : z.object({ rows: z.array(z.unknown()) }).parse(result).rows;
  return z.array(schema).parse(rows);
}
