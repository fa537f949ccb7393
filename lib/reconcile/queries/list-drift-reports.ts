import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

export type DriftRow = z.infer<typeof rowSchema>;

const rowSchema = z.object({
  id: z.coerce.number(),
  itemId: z.coerce.number(),
  sku: z.string(),
  name: z.string(),
  system: z.enum(["lightspeed", "shopify", "stripe", "portal"]),
  storeName: z.string().nullable(),
  expected: z.coerce.number(),
  actual: z.coerce.number(),
  cause: z.string(),
  detectedAt: z.coerce.date(),
  repairedAt: z.coerce.date().nullable(),
  repairedBy: z.string().nullable(),
  runId: z.coerce.number().nullable(),
});

/** The drift report, newest first: each SKU and system or store, expected and actual, why, and whether repaired. */
export async function listDriftReports(db: Executor, options: { openOnly: boolean; limit: number }): Promise<DriftRow[]> {
  return queryRows(
    db,
    sql`
      select d.id, d.item_id as "itemId", i.sku, i.name, d.system, s.name as "storeName", d.expected, d.actual, d.cause,
             d.detected_at as "detectedAt", d.repaired_at as "repairedAt", u.name as "repairedBy", d.reconciliation_run_id as "runId"
        from drift_reports d
        join items i on i.id = d.item_id
        left join shopify_stores s on s.id = d.shopify_store_id
        left join users u on u.id = d.repaired_by
       where ${options.openOnly ? sql`d.repaired_at is null` : sql`true`}
       order by d.detected_at desc, d.id desc
       limit ${options.limit}`,
    rowSchema,
  );
}

/** How many drift reports are open, and for how many SKUs. */
export async function countOpenDrift(db: Executor): Promise<{ reports: number; skus: number }> {
  const [row] = await queryRows(
    db,
    sql`select count(*) as reports, count(distinct item_id) as skus from drift_reports where repaired_at is null`,
    z.object({ reports: z.coerce.number(), skus: z.coerce.number() }),
  );
  return row ?? { reports: 0, skus: 0 };
}
