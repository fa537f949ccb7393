import { z } from "zod";
import type { ParsedSandboxCatalog } from "./sandbox-catalog";

export const seededStoreSchema = z.object({
  domain: z.string(),
  locations: z.array(z.object({ id: z.string(), name: z.string() })),
  variants: z.array(
    z.object({ variantId: z.string(), productId: z.string(), inventoryItemId: z.string(), sku: z.string().nullable() }),
  ),
});
export type SeededStore = z.output<typeof seededStoreSchema>;

/** The Shopify sandbox kept other ids than the catalogue gave: the portal's mapping would match nothing. */
export class ShopifyIdsNotKeptError extends Error {
  constructor(
    readonly domain: string,
    readonly mismatches: readonly string[],
  ) {
    super(
      `The Shopify sandbox did not keep the ids given for ${domain} (${mismatches.length} differ, e.g. ` +
        `${mismatches.slice(0, 2).join("; ")}). Its store seed (sandbox/shopify/control/control-schemas.ts and ` +
        "seed-store.ts) must keep `id` on locations, products and variants and `inventoryItemId` on variants.",
    );
    this.name = "ShopifyIdsNotKeptError";
  }
}

/** Compares what the sandbox created (in seed order) with the ids the catalogue asked for. */
export function checkShopifyIds(store: ParsedSandboxCatalog["shopify"][number], seeded: SeededStore): void {
  const mismatches: string[] = [];
  const differs = (what: string, wanted: string | undefined, got: string | undefined): void => {
    if (wanted !== undefined && wanted !== got) mismatches.push(`${what} ${wanted} became ${got ?? "nothing"}`);
  };
  differs("location", store.location.id, seeded.locations[0]?.id);
  const wanted = store.products.flatMap((product) => product.variants.map((variant) => ({ product, variant })));
  wanted.forEach(({ product, variant }, index) => {
    const got = seeded.variants[index];
    differs("product", product.id, got?.productId);
    differs("variant", variant.id, got?.variantId);
    differs("inventory item", variant.inventoryItemId, got?.inventoryItemId);
  });
  if (mismatches.length > 0) throw new ShopifyIdsNotKeptError(store.domain, mismatches);
}
