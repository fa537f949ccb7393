import { createRSeriesAdapter, type LightspeedAdapter } from "@/lib/connectors/lightspeed";
import { createShopifyClient, type ShopifyClient } from "@/lib/connectors/shopify";
import { createLightspeedTokenStore } from "@/lib/connections/lightspeed-token-store";
import type { Executor } from "@/lib/db/open-database";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";

export type SandboxConnectors = { lightspeed: LightspeedAdapter; shopify: ReadonlyMap<string, ShopifyClient> };

/**
 * The connectors the portal would build for these simulations: one Lightspeed adapter (its rotating token kept in
 * `db`, as in the portal) and one client per Shopify store. `shopifyFetch` lets a benchmark watch every answer;
 * `bulkPollIntervalMs` scales the bulk operation polling with a time-scaled simulation.
 */
export function connectToSandbox(
  db: Executor,
  connection: SandboxConnection,
  options: { shopifyFetch?: typeof fetch; bulkPollIntervalMs?: number } = {},
): SandboxConnectors {
  const lightspeed = createRSeriesAdapter({
    ...connection.lightspeed,
    tokenStore: createLightspeedTokenStore(db, { accountId: connection.lightspeed.accountId, initialRefreshToken: connection.lightspeed.refreshToken }),
  });
  const shopify = new Map(
    connection.shopify.stores.map((store) => [
      store.domain,
      createShopifyClient({
        shopDomain: store.domain,
        accessToken: store.accessToken,
        endpoint: store.endpoint,
        ...(options.shopifyFetch ? { fetch: options.shopifyFetch } : {}),
        ...(options.bulkPollIntervalMs === undefined ? {} : { bulk: { pollIntervalMs: options.bulkPollIntervalMs } }),
      }),
    ]),
  );
  return { lightspeed, shopify };
}
