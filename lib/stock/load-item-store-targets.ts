import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { computeSellable } from "./compute-sellable";

/** One Shopify store's listing of an item: where to write, what it should show, and what it showed last. */
export type ItemStoreTarget = {
  itemId: number;
  sku: string;
  storeId: number;
  domain: string;
  inventoryItemId: string;
  locationId: string;
  onHand: number;
  pendingUnits: number;
  safetyBuffer: number;
  expected: number;
  /** The store's `available` as last read or written; null when never seen. */
  lastKnown: number | null;
  /**
   * When the portal last learned `lastKnown` (read, reported by a webhook, or written; ms since the epoch, 0 =
   * never): the generation of its next write. A write after a stale compare comes after a re-read, so it is a new
   * write, never a replay of the stale one (Shopify answers a repeated key with the first answer, stale again).
   */
  lastObservedAtMs: number;
};

const rowSchema = z.object({
  item_id: z.coerce.number(),
  sku: z.string(),
  store_id: z.coerce.number(),
  domain: z.string(),
  inventory_item_id: z.string(),
  location_id: z.string(),
  on_hand: z.coerce.number().nullable(),
  pending_units: z.coerce.number(),
  safety_buffer: z.coerce.number(),
  last_known: z.coerce.number().nullable(),
  last_observed_at_ms: z.coerce.number().nullable(),
});

/** Every store listing of these items with its expected sellable figure (mapped variants only). */
export async function loadItemStoreTargets(db: Executor, itemIds: readonly number[]): Promise<ItemStoreTarget[]> {
  if (itemIds.length === 0) return [];
  const rows = await queryRows(
    db,
    sql`
      select i.id as item_id, i.sku, s.id as store_id, s.domain, v.inventory_item_id, s.location_id,
             l.on_hand,
             coalesce((select sum(p.quantity) from pending_units p
                        where p.item_id = i.id and p.lightspeed_shop_id = s.lightspeed_shop_id and p.released_at is null), 0) as pending_units,
             coalesce(b.units, s.default_safety_buffer) as safety_buffer,
             sl.available as last_known,
             floor(extract(epoch from sl.observed_at) * 1000) as last_observed_at_ms
        from items i
        join shopify_variants v on v.item_id = i.id
        join shopify_stores s on s.id = v.store_id
        left join lightspeed_levels l on l.item_id = i.id and l.lightspeed_shop_id = s.lightspeed_shop_id
        left join safety_buffers b on b.item_id = i.id and b.store_id = s.id
        left join shopify_levels sl on sl.item_id = i.id and sl.store_id = s.id
       where i.id in (${sql.join(itemIds.map((id) => sql`${id}`), sql`, `)})
       order by i.id, s.id`,
    rowSchema,
  );
  return rows.map((row) => {
    const onHand = row.on_hand ?? 0;
    return {
      itemId: row.item_id,
      sku: row.sku,
      storeId: row.store_id,
      domain: row.domain,
      inventoryItemId: row.inventory_item_id,
      locationId: row.location_id,
      onHand,
      pendingUnits: row.pending_units,
      safetyBuffer: row.safety_buffer,
      expected: computeSellable({ onHand, pendingUnits: row.pending_units, safetyBuffer: row.safety_buffer }),
      lastKnown: row.last_known,
      lastObservedAtMs: row.last_observed_at_ms ?? 0,
    };
  });
}
