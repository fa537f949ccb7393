import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";

/** Open drift in one system (Lightspeed, or one Shopify store). */
export type VarianceBySystem = { system: string; storeId: number | null; storeName: string | null; skus: number; units: number };

export type StockVariance = {
  /** SKUs with open drift (in any system). */
  driftingSkus: number;
  /** Σ |actual − expected| over the open drift reports. */
  driftUnits: number;
  /** Σ Lightspeed on-hand, every item and shop. */
  unitsOnHand: number;
  /** driftUnits ÷ unitsOnHand (0 when there is no stock). */
  share: number;
  bySystem: VarianceBySystem[];
};

const rowSchema = z.object({
  system: z.string(),
  store_id: z.coerce.number().nullable(),
  store_name: z.string().nullable(),
  skus: z.coerce.number(),
  units: z.coerce.number(),
});
const totalsSchema = z.object({ drifting_skus: z.coerce.number(), on_hand: z.coerce.number() });

/**
 * Stock variance: the open (unrepaired) drift as a share of the units on hand. When a SKU has several open
 * reports for the same system and store, only the latest counts.
 */
export async function readStockVariance(db: Executor): Promise<StockVariance> {
  const openDrift = sql`
    open_drift as (
      select distinct on (d.item_id, d.system, coalesce(d.shopify_store_id, 0)) d.item_id, d.system, d.shopify_store_id, abs(d.actual - d.expected) as units
      from drift_reports d where d.repaired_at is null
      order by d.item_id, d.system, coalesce(d.shopify_store_id, 0), d.detected_at desc, d.id desc
    )`;
  const rows = await queryRows(
    db,
    sql`
      with ${openDrift}
      select d.system::text as system, d.shopify_store_id as store_id, s.name as store_name, count(distinct d.item_id) as skus, sum(d.units) as units
      from open_drift d left join shopify_stores s on s.id = d.shopify_store_id
      group by d.system, d.shopify_store_id, s.name
      order by d.system, d.shopify_store_id nulls first`,
    rowSchema,
  );
  const [totals] = await queryRows(
    db,
    sql`
      with ${openDrift}
      select (select count(distinct item_id) from open_drift) as drifting_skus,
        (select coalesce(sum(on_hand), 0) from lightspeed_levels) as on_hand`,
    totalsSchema,
  );
  const driftUnits = rows.reduce((sum, row) => sum + row.units, 0);
  const unitsOnHand = totals?.on_hand ?? 0;
  return {
    driftingSkus: totals?.drifting_skus ?? 0,
    driftUnits,
    unitsOnHand,
    share: unitsOnHand > 0 ? driftUnits / unitsOnHand : 0,
    bySystem: rows.map((row) => ({ system: row.system, storeId: row.store_id, storeName: row.store_name, skus: row.skus, units: row.units })),
  };
}
