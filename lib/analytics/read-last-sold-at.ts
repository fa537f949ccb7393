import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

const rowSchema = z.object({ item_id: z.coerce.number(), last_sold_at: z.coerce.date() });

/**
 * When each of `itemIds` last sold in any channel, before `now` (items that never sold are absent). Asked only
 * for a few items (the slow movers, which by definition have few lines), so it walks `order_lines(item_id)`.
 */
export async function readLastSoldAt(db: Executor, params: { itemIds: readonly number[]; now: Date }): Promise<Map<number, Date>> {
  if (params.itemIds.length === 0) return new Map();
  const rows = await queryRows(
    db,
    sql`
      select l.item_id, max(o.placed_at) as last_sold_at
      from order_lines l join orders o on o.id = l.order_id
      where l.item_id in (${sql.join(params.itemIds.map((id) => sql`${id}`), sql`, `)}) and o.placed_at < ${params.now.toISOString()}::timestamptz
      group by l.item_id`,
    rowSchema,
  );
  return new Map(rows.map((row) => [row.item_id, row.last_sold_at]));
}
