import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

const rowSchema = z.object({ item_id: z.coerce.number().nullable(), through: z.coerce.number().nullable() });

/**
 * The items of stock movements Lightspeed caused (till sales and refunds, stock readings) after movement `afterId`,
 * and the newest such movement's id. `afterId` null asks for the newest id alone (where a first mark starts).
 */
export async function readLightspeedMovementsSince(db: Executor, afterId: number | null): Promise<{ itemIds: number[]; throughId: number }> {
  const rows = await queryRows(
    db,
    afterId === null
      ? sql`select null as item_id, max(id) as through from stock_movements where source_system = 'lightspeed'`
      : sql`select item_id, max(id) over () as through from stock_movements where source_system = 'lightspeed' and id > ${afterId}`,
    rowSchema,
  );
  const itemIds = [...new Set(rows.flatMap((row) => (row.item_id === null ? [] : [row.item_id])))];
  return { itemIds, throughId: rows[0]?.through ?? afterId ?? 0 };
}
