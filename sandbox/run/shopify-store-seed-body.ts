import type { ParsedSandboxCatalog } from "./sandbox-catalog";

type StoreCatalog = ParsedSandboxCatalog["shopify"][number];

/**
 * The Shopify control API's store seed (`POST /_control/stores`) for one store, with the connection's token and
 * webhook secret, and the catalogue's ids on the location, products, variants and inventory items.
 */
export function shopifyStoreSeedBody(store: StoreCatalog, credentials: { accessToken: string; webhookSecret: string }) {
  return {
    domain: store.domain,
    accessToken: credentials.accessToken,
    webhookSecret: credentials.webhookSecret,
    ...(store.name === undefined ? {} : { name: store.name }),
    currency: store.currency,
    locations: [{ ...(store.location.id === undefined ? {} : { id: store.location.id }), name: store.location.name }],
    products: store.products.map((product) => ({
      ...(product.id === undefined ? {} : { id: product.id }),
      title: product.title,
      variants: product.variants.map((variant) => ({
        ...(variant.id === undefined ? {} : { id: variant.id }),
        ...(variant.inventoryItemId === undefined ? {} : { inventoryItemId: variant.inventoryItemId }),
        title: variant.title,
        sku: variant.sku,
        price: variant.price,
        available: variant.available,
      })),
    })),
  };
}

/** An empty store (one location, no products): what a connected store without a catalogue looks like. */
export function emptyStoreSeedBody(domain: string, credentials: { accessToken: string; webhookSecret: string }) {
  return { domain, accessToken: credentials.accessToken, webhookSecret: credentials.webhookSecret, products: [] };
}
