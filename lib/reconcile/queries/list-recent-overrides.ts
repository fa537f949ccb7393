import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

const rowSchema = z.object({
  id: z.coerce.number(),
  sku: z.string(),
  delta: z.coerce.number(),
  resultingLevel: z.coerce.number().nullable(),
  reason: z.string().nullable(),
  by: z.string().nullable(),
  at: z.coerce.date(),
  postedToLightspeed: z.boolean(),
});

export type OverrideRow = z.infer<typeof rowSchema>;

/** The ledger's override rows with the audited reason and who made them (the audit row written with each), newest first. */
export async function listRecentOverrides(db: Executor, limit: number): Promise<OverrideRow[]> {
  return queryRows(
    db,
    sql`
      select m.id, m.sku, m.delta, m.resulting_level as "resultingLevel", coalesce(a.reason, m.note) as reason, u.name as by, m.at,
             m.posted_to_lightspeed as "postedToLightspeed"
        from stock_movements m
        left join lateral (
              select audit.reason, audit.actor_user_id
                from audit_log audit
               where audit.action = 'stock.override' and audit.subject_type = 'item' and audit.subject_id = m.item_id::text
               order by coalesce((audit.after ->> 'movementId')::bigint = m.id, false) desc, abs(extract(epoch from audit.at - m.at))
               limit 1) a on true
        left join users u on u.id = a.actor_user_id
       where m.kind = 'override'
       order by m.at desc, m.id desc
       limit ${limit}`,
    rowSchema,
  );
}
