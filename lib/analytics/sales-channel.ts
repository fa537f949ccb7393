import { sql, type SQL } from "drizzle-orm";

/**
 * A sales channel as the dashboard splits them: the till (`in_store`), each Shopify store on its own
 * (`shopify-{store id}`) and Stripe (`stripe`). `shopify-0` holds Shopify orders whose store is unknown.
 */
export type ChannelKind = "in_store" | "shopify" | "stripe";
export type SalesChannel = { key: string; kind: ChannelKind; label: string; storeId: number | null };

/** A channel key as it may appear in a URL (a store id is a positive integer). */
export const channelKeyPattern = /^(in_store|stripe|shopify-[1-9]\d{0,8})$/;

export function shopifyChannelKey(storeId: number): string {
  return `shopify-${storeId}`;
}

/** The channel key of the order aliased `o`, in SQL. */
export const orderChannelKeySql: SQL = sql`(case when o.channel = 'shopify' then 'shopify-' || coalesce(o.shopify_store_id, 0)::text else o.channel::text end)`;

/** Restricts the orders aliased `o` to `channels` (null: every channel). An empty list matches nothing. */
export function orderChannelFilterSql(channels: readonly string[] | null): SQL {
  if (channels === null) return sql`true`;
  const storeIds = channels.flatMap((key) => (key.startsWith("shopify-") ? [Number(key.slice("shopify-".length))] : [])).filter((id) => Number.isSafeInteger(id) && id > 0);
  const conditions: SQL[] = [];
  for (const kind of ["in_store", "stripe"] as const) if (channels.includes(kind)) conditions.push(sql`o.channel = ${kind}::channel`);
  if (storeIds.length > 0) conditions.push(sql`(o.channel = 'shopify' and o.shopify_store_id in (${sql.join(storeIds.map((id) => sql`${id}`), sql`, `)}))`);
  return conditions.length === 0 ? sql`false` : sql`(${sql.join(conditions, sql` or `)})`;
}

/** The label of a channel key, from the shop's channels. */
export function channelLabel(channels: readonly SalesChannel[], key: string): string {
  return channels.find((channel) => channel.key === key)?.label ?? (key.startsWith("shopify-") ? "Shopify (unknown store)" : key);
}
