import { z } from "zod";
import { applyLatency } from "./apply-latency";
import { checkShopifyIds, seededStoreSchema } from "./check-shopify-ids";
import { callControl } from "./control-client";
import { lightspeedSeedBody } from "./lightspeed-seed-body";
import { sandboxCatalogSchema, type SandboxCatalog } from "./sandbox-catalog";
import type { SandboxConnection } from "./sandbox-connection";
import { emptyStoreSeedBody, shopifyStoreSeedBody } from "./shopify-store-seed-body";

export type LoadedCatalog = {
  lightspeed: { shops: number; items: number; customers: number };
  shopify: Array<{ domain: string; locationId: string; variants: number }>;
  ms: number;
};

const anything = z.unknown();

/**
 * Replaces everything the sandbox holds with `catalog`, over the control APIs: resets Lightspeed with the catalogue
 * as its seed (one call), resets Shopify and seeds every store of the connection (one call each; a store the
 * catalogue leaves out comes back empty), resets Stripe, re-applies the latency. Idempotent. Throws
 * ShopifyIdsNotKeptError when the Shopify sandbox did not keep the catalogue's ids.
 */
export async function loadSandboxCatalog(connection: SandboxConnection, raw: SandboxCatalog): Promise<LoadedCatalog> {
  const startedAt = performance.now();
  const catalog = sandboxCatalogSchema.parse(raw);
  const { controlUrls } = connection;
  const known = new Set(connection.shopify.stores.map((store) => store.domain));
  const unknown = catalog.shopify.filter((store) => !known.has(store.domain)).map((store) => store.domain);
  if (unknown.length > 0) {
    throw new Error(`The sandbox was not started with these Shopify stores: ${unknown.join(", ")} (add them to --stores)`);
  }

  const lightspeed = callControl("POST", `${controlUrls.lightspeed}/reset`, anything, {
    seed: lightspeedSeedBody(catalog.lightspeed),
  });
  const stripe = callControl("POST", `${controlUrls.stripe}/reset`, anything);
  const shopify = (async () => {
    await callControl("POST", `${controlUrls.shopify}/reset`, anything);
    return Promise.all(
      connection.shopify.stores.map(async (credentials) => {
        const store = catalog.shopify.find((candidate) => candidate.domain === credentials.domain);
        const body = store === undefined ? emptyStoreSeedBody(credentials.domain, credentials) : shopifyStoreSeedBody(store, credentials);
        const seeded = await callControl("POST", `${controlUrls.shopify}/stores`, seededStoreSchema, body);
        if (store !== undefined) checkShopifyIds(store, seeded);
        return { domain: seeded.domain, locationId: seeded.locations[0]?.id ?? "", variants: seeded.variants.length };
      }),
    );
  })();
  const [, , stores] = await Promise.all([lightspeed, stripe, shopify]);
  await applyLatency(controlUrls, connection.settings.latencyMs);
  return {
    lightspeed: {
      shops: catalog.lightspeed.shops.length,
      items: catalog.lightspeed.items.length,
      customers: catalog.lightspeed.customers.length,
    },
    shopify: stores,
    ms: Math.round(performance.now() - startedAt),
  };
}
