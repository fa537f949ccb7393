import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { rangeInstantsSql, type DateRange } from "./date-range";
import { itemUnitsCtes } from "./item-units-sql";

/** One SKU's stock now against what it sold on the chosen channels in the range. */
export type StockVsSalesRow = {
  itemId: number;
  sku: string;
  name: string;
  variantName: string | null;
  category: string;
  /** Lightspeed on-hand, every shop. */
  onHand: number;
  /** Sold but not yet posted to Lightspeed (still inside on-hand). */
  pending: number;
  /** Units sold in the range, less those returned to stock. */
  unitsSold: number;
};

const rowSchema = z
  .object({
    item_id: z.coerce.number(),
    sku: z.string(),
    name: z.string(),
    variant_name: z.string().nullable(),
    category: z.string(),
    on_hand: z.coerce.number(),
    pending: z.coerce.number(),
    units_sold: z.coerce.number(),
  })
  .transform((row): StockVsSalesRow => ({
    itemId: row.item_id,
    sku: row.sku,
    name: row.name,
    variantName: row.variant_name,
    category: row.category,
    onHand: row.on_hand,
    pending: row.pending,
    unitsSold: row.units_sold,
  }));

export type StockVsSalesParams = { range: DateRange; timeZone: string; channels: readonly string[] | null };

/** Every SKU (sold or not) with its on-hand, pending units and net units sold in `range` on `channels`. */
export function readStockVsSales(db: Executor, params: StockVsSalesParams): Promise<StockVsSalesRow[]> {
  return queryRows(
    db,
    sql`
      with ${itemUnitsCtes(rangeInstantsSql(params.range, params.timeZone), params.channels)}
      select i.id as item_id, i.sku, i.name, i.variant_name, i.category,
        coalesce(stock.units, 0) as on_hand, coalesce(pending.units, 0) as pending,
        coalesce(units.units, 0) as units_sold
      from items i
        left join stock on stock.item_id = i.id
        left join pending on pending.item_id = i.id
        left join units on units.item_id = i.id
      order by i.category, i.sku`,
    rowSchema,
  );
}
