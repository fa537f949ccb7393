import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { itemUnitsCtes } from "./item-units-sql";

/** One SKU's stock and how fast it has moved over the window, across every channel. */
export type StockPosition = {
  itemId: number;
  sku: string;
  name: string;
  variantName: string | null;
  category: string;
  supplier: string | null;
  costCents: number;
  /** The item's own supplier lead time; null means the shop's default applies. */
  leadTimeDays: number | null;
  lightspeedReorderPoint: number | null;
  onHand: number;
  pending: number;
  /** Units sold on orders placed in the window (every channel), less those returned to stock. */
  unitsOut: number;
};

const rowSchema = z
  .object({
    item_id: z.coerce.number(),
    sku: z.string(),
    name: z.string(),
    variant_name: z.string().nullable(),
    category: z.string(),
    supplier: z.string().nullable(),
    cost_cents: z.coerce.number(),
    lead_time_days: z.coerce.number().nullable(),
    lightspeed_reorder_point: z.coerce.number().nullable(),
    on_hand: z.coerce.number(),
    pending: z.coerce.number(),
    units_out: z.coerce.number(),
  })
  .transform((row): StockPosition => ({
    itemId: row.item_id,
    sku: row.sku,
    name: row.name,
    variantName: row.variant_name,
    category: row.category,
    supplier: row.supplier,
    costCents: row.cost_cents,
    leadTimeDays: row.lead_time_days,
    lightspeedReorderPoint: row.lightspeed_reorder_point,
    onHand: row.on_hand,
    pending: row.pending,
    unitsOut: row.units_out,
  }));

export type StockPositionParams = { now: Date; windowDays: number };

/** Every SKU with its stock and its net units over the `windowDays` days up to `now`. */
export function readStockPositions(db: Executor, params: StockPositionParams): Promise<StockPosition[]> {
  const until = sql`${params.now.toISOString()}::timestamptz`;
  const since = sql`${new Date(params.now.getTime() - params.windowDays * 86_400_000).toISOString()}::timestamptz`;
  return queryRows(
    db,
    sql`
      with ${itemUnitsCtes({ since, until }, null)}
      select i.id as item_id, i.sku, i.name, i.variant_name, i.category, i.supplier, i.cost_cents, i.lead_time_days,
        i.lightspeed_reorder_point, coalesce(stock.units, 0) as on_hand, coalesce(pending.units, 0) as pending,
        coalesce(units.units, 0) as units_out
      from items i
        left join stock on stock.item_id = i.id
        left join pending on pending.item_id = i.id
        left join units on units.item_id = i.id
      order by i.sku`,
    rowSchema,
  );
}
