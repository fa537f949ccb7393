import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";

/** Shopify gids of listing `item` in store number `store` (1-based): one product, variant and inventory item each. */
export function listingNumber(store: number, item: number): number {
  return store * 100_000_000 + item;
}

/** The store's `available` is on-hand − this (every store's default safety buffer). */
export const syntheticSafetyBuffer = 1;

/**
 * A large, consistent shop written with set-based SQL into an empty, migrated database: one Lightspeed shop,
 * `skus` items (Lightspeed item id = item id = 1…skus, on-hand 5–24), and each store listing every item under its
 * own gids (`listingNumber`) with `available` at its sellable figure. Seconds for 50,000 SKUs × 3 stores, where the
 * demo seeder's row-by-row inserts would take minutes.
 */
export async function seedSyntheticShop(db: Database, options: { skus: number; storeDomains: readonly string[] }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into lightspeed_shops (id, lightspeed_shop_id, name, time_zone) values (1, '1', 'Main Street', 'America/New_York')`);
    await tx.execute(sql`
      insert into items (id, sku, name, category, price_cents, cost_cents, lightspeed_item_id)
      select n, 'SKU-' || lpad(n::text, 7, '0'), 'Item ' || n, 'Category ' || (n % 40), 1000 + (n % 50) * 100, 500, n::text
        from generate_series(1, ${options.skus}) as n`);
    await tx.execute(sql`
      insert into lightspeed_levels (item_id, lightspeed_shop_id, on_hand, source_timestamp)
      select n, 1, 5 + n % 20, date_trunc('second', now()) - interval '1 day' from generate_series(1, ${options.skus}) as n`);
    for (const [index, domain] of options.storeDomains.entries()) {
      const store = index + 1;
      await tx.execute(sql`
        insert into shopify_stores (id, domain, name, lightspeed_shop_id, location_id, default_safety_buffer)
        values (${store}, ${domain}, ${`Store ${store}`}, 1, ${`gid://shopify/Location/${listingNumber(store, 0)}`}, ${syntheticSafetyBuffer})`);
      await tx.execute(sql`
        insert into shopify_variants (store_id, item_id, sku, product_id, variant_id, inventory_item_id, title)
        select ${store}, n, 'SKU-' || lpad(n::text, 7, '0'),
               'gid://shopify/Product/' || (${listingNumber(store, 0)}::bigint + n),
               'gid://shopify/ProductVariant/' || (${listingNumber(store, 0)}::bigint + n),
               'gid://shopify/InventoryItem/' || (${listingNumber(store, 0)}::bigint + n),
               'Default Title'
          from generate_series(1, ${options.skus}) as n`);
      await tx.execute(sql`
        insert into shopify_levels (item_id, store_id, available)
        select item_id, ${store}, greatest(0, on_hand - ${syntheticSafetyBuffer}) from lightspeed_levels`);
    }
    for (const table of ["lightspeed_shops", "items", "shopify_stores"]) {
      await tx.execute(sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.identifier(table)}))`);
    }
  });
}
