import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/lib/db/open-database";
import { queryRows } from "@/lib/db/query-rows";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";

export type PreparedShop = { storeDomains: string[]; normalisedLevels: number; extraStores: string[] };

/** Copies the first store's mapped listings into a new store, with gids of its own (per-store suffix). */
async function addStore(db: Database, number: number): Promise<string> {
  const domain = `tillbridge-chaos-${number}.myshopify.com`;
  const suffix = String(number).padStart(2, "0");
  await db.execute(sql`
    insert into shopify_stores (domain, name, lightspeed_shop_id, location_id, default_safety_buffer)
    select ${domain}, ${`Chaos store ${number}`}, lightspeed_shop_id, ${`gid://shopify/Location/990000000${suffix}`}, 1
      from shopify_stores order by id limit 1`);
  await db.execute(sql`
    insert into shopify_variants (store_id, item_id, sku, product_id, variant_id, inventory_item_id, title)
    select (select id from shopify_stores where domain = ${domain}), v.item_id, v.sku,
           v.product_id || ${suffix}, v.variant_id || ${suffix}, v.inventory_item_id || ${suffix}, v.title
      from shopify_variants v
     where v.store_id = (select id from shopify_stores order by id limit 1) and v.item_id is not null`);
  await db.execute(sql`
    insert into shopify_levels (item_id, store_id, available)
    select v.item_id, v.store_id, 0 from shopify_variants v
     where v.store_id = (select id from shopify_stores where domain = ${domain}) and v.item_id is not null
    on conflict do nothing`);
  return domain;
}

/**
 * Sets every mapped store level to its sellable figure (on-hand − open pending − buffer, never below 0). The demo
 * seeds a few deliberate open drifts for the owner to repair; the chaos run measures what the portal does from a
 * consistent start, so it starts without them.
 */
async function normaliseStoreLevels(db: Database): Promise<number> {
  const rows = await queryRows(
    db,
    sql`
      with expected as (
        select v.store_id, v.item_id,
               greatest(0, coalesce(l.on_hand, 0)
                 - coalesce((select sum(p.quantity) from pending_units p
                              where p.item_id = v.item_id and p.lightspeed_shop_id = s.lightspeed_shop_id and p.released_at is null), 0)
                 - coalesce(b.units, s.default_safety_buffer)) as available
          from shopify_variants v
          join shopify_stores s on s.id = v.store_id
          left join lightspeed_levels l on l.item_id = v.item_id and l.lightspeed_shop_id = s.lightspeed_shop_id
          left join safety_buffers b on b.item_id = v.item_id and b.store_id = v.store_id
         where v.item_id is not null)
      update shopify_levels sl set available = e.available
        from expected e
       where sl.store_id = e.store_id and sl.item_id = e.item_id and sl.available <> e.available
      returning sl.item_id`,
    z.object({ item_id: z.coerce.number() }),
  );
  return rows.length;
}

/** Migrated, seeded with the demo shop, `stores` Shopify stores, every store level at its sellable figure. */
export async function prepareShop(db: Database, migrate: () => Promise<void>, stores: number): Promise<PreparedShop> {
  await migrate();
  await seedDemoShop(db, { country: "US", currency: "USD", timeZone: "America/New_York" });
  const existing = await queryRows(db, sql`select domain from shopify_stores order by id`, z.object({ domain: z.string() }));
  const extraStores: string[] = [];
  for (let number = existing.length + 1; number <= stores; number += 1) extraStores.push(await addStore(db, number));
  const normalisedLevels = await normaliseStoreLevels(db);
  const domains = await queryRows(db, sql`select domain from shopify_stores order by id`, z.object({ domain: z.string() }));
  return { storeDomains: domains.map((row) => row.domain), normalisedLevels, extraStores };
}
