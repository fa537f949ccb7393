import type { LightspeedControl, LightspeedCustomerView } from "./lightspeed-control";
import type { ShopifyControl } from "./shopify-control";
import type { TrafficRandom } from "./traffic-random";

export type StoreListing = { variantId: string; inventoryItemId: string };

/** One SKU the shop sells: its Lightspeed item, its price, how well it sells, and its variant in each store. */
export type CatalogProduct = {
  sku: string;
  itemId: number;
  title: string;
  priceCents: number;
  /** Relative demand: a few best sellers, a long tail. */
  weight: number;
  /** By store domain; only stores where exactly one variant carries the SKU (others are the portal's problems). */
  listings: ReadonlyMap<string, StoreListing>;
};

export type TrafficCatalog = {
  /** In SKU order. */
  products: readonly CatalogProduct[];
  stores: readonly string[];
  /** Lightspeed customers with an email or a phone: people who may come back, in store or online. */
  knownCustomers: readonly LightspeedCustomerView[];
};

/** Demand falls with rank as 1/rank^0.8: the top SKU sells about 8 % of units, the top ten about a third. */
const SKEW = 0.8;

function bySku<T extends { sku: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) if (row.sku !== null && row.sku !== "") groups.set(row.sku, [...(groups.get(row.sku) ?? []), row]);
  return groups;
}

/**
 * Reads what the sandbox sells (Lightspeed items, each store's variants, Lightspeed customers) and ranks the SKUs
 * into best sellers and a long tail with the run's random, so a seed gives the same favourites.
 */
export async function loadTrafficCatalog(
  controls: { lightspeed: LightspeedControl; shopify: ShopifyControl },
  domains: readonly string[],
  random: TrafficRandom,
): Promise<TrafficCatalog> {
  const items = (await controls.lightspeed.items()).filter((item) => !item.archived && item.customSku !== "");
  const customers = await controls.lightspeed.customers();
  const stores = [];
  for (const domain of domains) stores.push({ domain, inspection: await controls.shopify.inspect(domain) });

  const uniqueItems = [...bySku(items.map((item) => ({ ...item, sku: item.customSku }))).values()]
    .flatMap((group) => (group.length === 1 ? group : []))
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  const ranks = new Map<string, number>();
  const shuffled = [...uniqueItems];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = random.integer(0, index);
    const a = shuffled[index];
    const b = shuffled[other];
    if (a === undefined || b === undefined) continue;
    shuffled[index] = b;
    shuffled[other] = a;
  }
  shuffled.forEach((item, rank) => ranks.set(item.sku, rank));
  const variantsByStore = new Map(stores.map(({ domain, inspection }) => [domain, bySku(inspection.variants)]));

  const products = uniqueItems.map((item) => {
    const listings = new Map<string, StoreListing>();
    for (const [domain, variants] of variantsByStore) {
      const [only, ...more] = variants.get(item.sku) ?? [];
      if (only !== undefined && more.length === 0) listings.set(domain, { variantId: only.variantId, inventoryItemId: only.inventoryItemId });
    }
    return {
      sku: item.sku,
      itemId: item.itemId,
      title: item.description === "" ? item.sku : item.description,
      priceCents: Math.round(item.defaultPrice * 100),
      weight: 1 / ((ranks.get(item.sku) ?? uniqueItems.length) + 1) ** SKEW,
      listings,
    };
  });
  return {
    products,
    stores: [...domains],
    knownCustomers: customers
      .filter((customer) => !customer.archived && (customer.emails.length > 0 || customer.phones.length > 0))
      .sort((a, b) => a.customerId - b.customerId),
  };
}
