import { asc } from "drizzle-orm";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Executor } from "@/lib/db/open-database";
import { shopifyStores } from "@/lib/db/schema";

/** The stores both connected in the portal and configured with a client, in the portal's order. */
export async function listReconcilableStores(db: Executor, clients: ReadonlyMap<string, ShopifyClient>): Promise<string[]> {
  const stores = await db.select({ domain: shopifyStores.domain }).from(shopifyStores).orderBy(asc(shopifyStores.id));
  return stores.map((store) => store.domain).filter((domain) => clients.has(domain));
}
