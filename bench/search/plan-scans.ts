import { sql } from "drizzle-orm";
import { z } from "zod";
import { customerCandidatesSql } from "@/lib/customers/search-customers";
import type { Database } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

const planLineSchema = z.record(z.string(), z.unknown()).transform((row) => String(Object.values(row)[0] ?? ""));

/** How the database finds the candidates for `query`: the scan nodes of its plan (which indexes it uses). */
export async function planScans(db: Database, query: string, country: string): Promise<string[]> {
  const lines = await queryRows(db, sql`explain ${customerCandidatesSql(query, country)}`, planLineSchema);
  return lines.filter((line) => /Scan|BitmapOr/.test(line)).map((line) => line.replace(/\s*\(cost.*$/, "").trim().replace(/^->\s*/, ""));
}
