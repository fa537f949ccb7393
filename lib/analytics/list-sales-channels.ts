import { asc } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { shopifyStores } from "@/lib/db/schema";
import { shopifyChannelKey, type SalesChannel } from "./sales-channel";

/** The shop's sales channels in display order: the till, each Shopify store by name, then Stripe. */
export async function listSalesChannels(db: Executor): Promise<SalesChannel[]> {
  const stores = await db.select({ id: shopifyStores.id, name: shopifyStores.name }).from(shopifyStores).orderBy(asc(shopifyStores.id));
  return [
    { key: "in_store", kind: "in_store", label: "In store", storeId: null },
    ...stores.map((store) => ({ key: shopifyChannelKey(store.id), kind: "shopify" as const, label: store.name, storeId: store.id })),
    { key: "stripe", kind: "stripe", label: "Stripe", storeId: null },
  ];
}
