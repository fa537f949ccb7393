import { createRSeriesAdapter, type LightspeedAdapter } from "@/lib/connectors/lightspeed";
import { createShopifyClient, type ShopifyClient } from "@/lib/connectors/shopify";
import { createStripeConnection, type StripeConnection } from "@/lib/connectors/stripe";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { createLightspeedTokenStore } from "./lightspeed-token-store";

export type ProcessConnectors = {
  /** Null when no Lightspeed account is configured. */
  lightspeed: LightspeedAdapter | null;
  /** One client per configured store, by domain: callers for a store share its cost budget. */
  shopify: ReadonlyMap<string, ShopifyClient>;
  stripe: StripeConnection | null;
};

function createProcessConnectors(): ProcessConnectors {
  const lightspeed =
    env.LIGHTSPEED_ACCOUNT_ID && env.LIGHTSPEED_CLIENT_ID && env.LIGHTSPEED_CLIENT_SECRET && env.LIGHTSPEED_REFRESH_TOKEN
      ? createRSeriesAdapter({
          accountId: env.LIGHTSPEED_ACCOUNT_ID,
          clientId: env.LIGHTSPEED_CLIENT_ID,
          clientSecret: env.LIGHTSPEED_CLIENT_SECRET,
          apiBaseUrl: env.LIGHTSPEED_API_BASE_URL,
          tokenUrl: env.LIGHTSPEED_TOKEN_URL,
          tokenStore: createLightspeedTokenStore(getDb(), {
            accountId: env.LIGHTSPEED_ACCOUNT_ID,
            initialRefreshToken: env.LIGHTSPEED_REFRESH_TOKEN,
          }),
        })
      : null;
  const shopify = new Map(
    env.SHOPIFY_STORES.map((store) => [
      store.domain,
      createShopifyClient({
        shopDomain: store.domain,
        accessToken: store.accessToken,
        ...(store.endpoint ? { endpoint: store.endpoint } : {}),
      }),
    ]),
  );
  const stripeApi = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null;
  const stripe = env.STRIPE_SECRET_KEY
    ? createStripeConnection({
        secretKey: env.STRIPE_SECRET_KEY,
        ...(stripeApi
          ? {
              apiBase: {
                host: stripeApi.hostname,
                port: Number(stripeApi.port || (stripeApi.protocol === "https:" ? 443 : 80)),
                protocol: stripeApi.protocol === "https:" ? "https" : "http",
              },
            }
          : {}),
      })
    : null;
  return { lightspeed, shopify, stripe };
}

const globalKey = Symbol.for("tillbridge.connectors");
type GlobalWithConnectors = typeof globalThis & { [globalKey]?: ProcessConnectors };

/** The process-wide connectors (rate budgets are per process, so every caller must share these instances). */
export function getConnectors(): ProcessConnectors {
  const holder = globalThis as GlobalWithConnectors;
  holder[globalKey] ??= createProcessConnectors();
  return holder[globalKey];
}
