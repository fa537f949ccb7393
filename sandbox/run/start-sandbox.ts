import { z } from "zod";
import { createSeededRandom } from "../delivery";
import { createLightspeedSandbox, type LightspeedSandbox } from "../lightspeed";
import { createShopifySandbox, type ShopifySandbox } from "../shopify";
import { createStripeSandbox, type StripeSandbox } from "../stripe";
import { applyLatency } from "./apply-latency";
import { sandboxConnectionSchema, shopifyDomainSchema, type SandboxConnection } from "./sandbox-connection";
import { sandboxCredentials } from "./sandbox-credentials";

const portSchema = z.number().int().min(0).max(65_535).default(0);

export const startSandboxOptionsSchema = z.object({
  /** Loopback only: the control APIs have no authentication. */
  host: z.literal("127.0.0.1").default("127.0.0.1"),
  /** 0 (the default) picks a free port. */
  ports: z
    .object({ lightspeed: portSchema, shopify: portSchema, stripe: portSchema })
    .default({ lightspeed: 0, shopify: 0, stripe: 0 }),
  /** Speeds up Lightspeed's drip, Shopify's restore rate and both services' webhook retries. */
  timeScale: z.number().positive().default(1),
  /** Seeds the credentials and every random draw of the simulations. */
  seed: z.number().int().default(1),
  /** The portal's webhook URLs. */
  webhookTargets: z.object({ shopify: z.url(), stripe: z.url() }),
  shopifyStoreDomains: z
    .array(shopifyDomainSchema)
    .min(1)
    .refine((domains) => new Set(domains).size === domains.length, "store domains must be distinct"),
  /** Added to every API call of every simulation. */
  latencyMs: z.number().min(0).default(0),
  lightspeedAccountId: z.number().int().positive().default(100_001),
});

export type StartSandboxOptions = z.input<typeof startSandboxOptionsSchema>;

export type RunningSandbox = SandboxConnection & {
  /** Stops the three servers and their webhook queues; safe to call twice. */
  close: () => Promise<void>;
};

type Servers = { lightspeed?: LightspeedSandbox; shopify?: ShopifySandbox; stripe?: StripeSandbox };

async function closeAll(servers: Servers): Promise<void> {
  const results = await Promise.allSettled([servers.lightspeed?.close(), servers.shopify?.close(), servers.stripe?.close()]);
  const failed = results.find((result) => result.status === "rejected");
  if (failed?.status === "rejected") throw failed.reason;
}

/**
 * Starts the simulated Lightspeed account, Shopify stores (one per domain, empty until seeded) and Stripe account in
 * this process, webhooks aimed at the portal, and answers with every credential a connector config needs.
 */
export async function startSandbox(rawOptions: StartSandboxOptions): Promise<RunningSandbox> {
  const options = startSandboxOptionsSchema.parse(rawOptions);
  const credentials = sandboxCredentials(options.seed, options.shopifyStoreDomains);
  const servers: Servers = {};
  try {
    servers.lightspeed = await createLightspeedSandbox({
      host: options.host,
      port: options.ports.lightspeed,
      timeScale: options.timeScale,
      accountId: options.lightspeedAccountId,
      clientId: credentials.lightspeed.clientId,
      clientSecret: credentials.lightspeed.clientSecret,
      initialRefreshToken: credentials.lightspeed.refreshToken,
      random: createSeededRandom(`lightspeed:${options.seed}`).next,
    });
    servers.shopify = await createShopifySandbox({
      host: options.host,
      port: options.ports.shopify,
      seed: options.seed,
      timeScale: options.timeScale,
      defaultWebhookTarget: options.webhookTargets.shopify,
    });
    for (const store of credentials.shopify) servers.shopify.control.seedStore({ ...store, products: [] });
    servers.stripe = await createStripeSandbox({
      host: options.host,
      port: options.ports.stripe,
      seed: options.seed,
      apiKeys: [credentials.stripe.secretKey],
      webhookEndpoints: [{ url: options.webhookTargets.stripe, secrets: [credentials.stripe.webhookSecret] }],
      delivery: { timeScale: options.timeScale },
    });
  } catch (error) {
    await closeAll(servers).catch(() => undefined);
    throw error;
  }

  const { lightspeed, shopify, stripe } = servers;
  const connection = sandboxConnectionSchema.parse({
    lightspeed: {
      apiBaseUrl: lightspeed.apiBaseUrl,
      tokenUrl: lightspeed.tokenUrl,
      accountId: lightspeed.accountId,
      clientId: lightspeed.clientId,
      clientSecret: lightspeed.clientSecret,
      refreshToken: lightspeed.initialRefreshToken,
    },
    shopify: {
      stores: credentials.shopify.map((store) => ({ ...store, endpoint: shopify.storeUrl(store.domain) })),
    },
    stripe: { ...stripe.apiBase, secretKey: credentials.stripe.secretKey, webhookSecret: credentials.stripe.webhookSecret },
    controlUrls: {
      lightspeed: `${lightspeed.url}/_control`,
      shopify: `${shopify.url}/_control`,
      stripe: `${stripe.url}/_control`,
    },
    settings: { timeScale: options.timeScale, latencyMs: options.latencyMs, seed: options.seed },
  } satisfies SandboxConnection);

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => (closing ??= closeAll(servers));
  try {
    await applyLatency(connection.controlUrls, options.latencyMs);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { ...connection, close };
}
