import { z } from "zod";
import { shopifyApiVersion } from "./api-version";

export type RetryPolicy = {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

/** One store's connection. Nothing here is read from the environment: the caller passes it all in. */
export type ShopifyClientConfig = {
  /** e.g. "north-shop.myshopify.com" */
  shopDomain: string;
  accessToken: string;
  apiVersion?: string;
  /** Base URL replacing `https://{shopDomain}` (the sandbox: `{sandbox}/store/{shopDomain}`). */
  endpoint?: string;
  fetch?: typeof fetch;
  /** Per HTTP request; default 30 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Milliseconds, monotonic enough for waits; default performance.now. */
  now?: () => number;
  /** [0, 1) for jitter; default Math.random. */
  random?: () => number;
  retry?: Partial<RetryPolicy>;
  bulk?: { pollIntervalMs?: number; timeoutMs?: number };
  /** Quantities per inventorySetQuantities call; Shopify's input arrays take at most 250. */
  maxBatchSize?: number;
};

export type ResolvedShopifyConfig = {
  shopDomain: string;
  accessToken: string;
  apiVersion: string;
  graphqlUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  retry: RetryPolicy;
  bulk: { pollIntervalMs: number; timeoutMs: number };
  maxBatchSize: number;
};

const configSchema = z.object({
  shopDomain: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "must be the store's myshopify.com domain"),
  accessToken: z.string().min(1),
  apiVersion: z.string().regex(/^\d{4}-\d{2}$|^unstable$/).optional(),
  endpoint: z.string().url().optional(),
  timeoutMs: z.number().positive().optional(),
  maxBatchSize: z.number().int().min(1).max(250).optional(),
});

export function resolveShopifyConfig(config: ShopifyClientConfig): ResolvedShopifyConfig {
  const checked = configSchema.parse({
    shopDomain: config.shopDomain,
    accessToken: config.accessToken,
    apiVersion: config.apiVersion,
    endpoint: config.endpoint,
    timeoutMs: config.timeoutMs,
    maxBatchSize: config.maxBatchSize,
  });
  const apiVersion = checked.apiVersion ?? shopifyApiVersion;
  const base = (checked.endpoint ?? `https://${checked.shopDomain}`).replace(/\/+$/, "");
  return {
    shopDomain: checked.shopDomain,
    accessToken: checked.accessToken,
    apiVersion,
    graphqlUrl: `${base}/admin/api/${apiVersion}/graphql.json`,
    fetch: config.fetch ?? fetch,
    timeoutMs: checked.timeoutMs ?? 30_000,
    sleep: config.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: config.now ?? (() => performance.now()),
    random: config.random ?? Math.random,
    retry: { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000, ...config.retry },
    bulk: { pollIntervalMs: 2_000, timeoutMs: 30 * 60_000, ...config.bulk },
    maxBatchSize: checked.maxBatchSize ?? 250,
  };
}
