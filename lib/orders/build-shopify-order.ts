import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { items, shopifyStores, shopifyVariants } from "@/lib/db/schema";
import type { OnlineOrder } from "./online-order";
import type { ShopifyOrderPayload } from "./shopify-order-payload";

export type BuiltShopifyOrder = {
  order: Omit<OnlineOrder, "customerId">;
  /** Lines whose variant the portal cannot map to an item: shown to the owner, never guessed. */
  unmappedLines: Array<{ variantId: string | null; sku: string | null; quantity: number }>;
};

/**
 * Turns a Shopify order into the portal's order: lines mapped by the store's variant (Shopify's key), never by
 * SKU alone. Returns null when the store is unknown.
 */
export async function buildShopifyOrder(db: Executor, domain: string, payload: ShopifyOrderPayload): Promise<BuiltShopifyOrder | null> {
  const [store] = await db.select().from(shopifyStores).where(eq(shopifyStores.domain, domain));
  if (!store) return null;
  const variantGids = payload.line_items.flatMap((line) => (line.variant_id ? [`gid://shopify/ProductVariant/${line.variant_id}`] : []));
  const mappings =
    variantGids.length === 0
      ? []
      : await db
          .select({ variantId: shopifyVariants.variantId, itemId: items.id, sku: items.sku, name: items.name })
          .from(shopifyVariants)
          .innerJoin(items, eq(items.id, shopifyVariants.itemId))
          .where(and(eq(shopifyVariants.storeId, store.id), inArray(shopifyVariants.variantId, variantGids)));
  const byVariant = new Map(mappings.map((mapping) => [mapping.variantId, mapping]));
  const lines: OnlineOrder["lines"] = [];
  const unmappedLines: BuiltShopifyOrder["unmappedLines"] = [];
  for (const line of payload.line_items) {
    const mapping = line.variant_id ? byVariant.get(`gid://shopify/ProductVariant/${line.variant_id}`) : undefined;
    if (!mapping) {
      unmappedLines.push({ variantId: line.variant_id ?? null, sku: line.sku ?? null, quantity: line.quantity });
      continue;
    }
    lines.push({ itemId: mapping.itemId, sku: mapping.sku, name: line.name ?? line.title ?? mapping.name, quantity: line.quantity, unitPriceCents: line.price });
  }
  return {
    order: {
      channel: "shopify",
      sourceKey: `shopify:${domain}:order:${payload.id}`,
      shopifyStoreId: store.id,
      shopifyOrderId: payload.id,
      stripePaymentIntentId: null,
      lightspeedShopId: store.lightspeedShopId,
      currency: payload.currency,
      subtotalCents: payload.subtotal_price ?? payload.total_price,
      taxCents: payload.total_tax ?? 0,
      totalCents: payload.total_price,
      placedAt: new Date(payload.created_at),
      lines,
    },
    unmappedLines,
  };
}
