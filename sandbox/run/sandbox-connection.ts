import { z } from "zod";

export const shopifyDomainSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "a myshopify.com domain");

/**
 * Everything a connector config needs to reach the running sandbox, and where its control APIs are. This is the
 * one JSON line `sandbox/run/main.ts` prints, and what the seeder and the traffic generator take.
 */
export const sandboxConnectionSchema = z.object({
  lightspeed: z.object({
    /** The V3 root, e.g. http://127.0.0.1:4101/API/V3. */
    apiBaseUrl: z.url(),
    tokenUrl: z.url(),
    accountId: z.string().regex(/^\d+$/),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    /** The first refresh token; it rotates on first use, so a client must store the one it gets back. */
    refreshToken: z.string().min(1),
  }),
  shopify: z.object({
    stores: z
      .array(
        z.object({
          domain: shopifyDomainSchema,
          /** The client's `endpoint`: it appends `/admin/api/{version}/graphql.json`. */
          endpoint: z.url(),
          accessToken: z.string().min(1),
          /** Signs this store's webhooks (X-Shopify-Hmac-Sha256). */
          webhookSecret: z.string().min(1),
        }),
      )
      .min(1),
  }),
  stripe: z.object({
    host: z.string().min(1),
    port: z.number().int().min(1).max(65_535),
    protocol: z.literal("http"),
    secretKey: z.string().regex(/^sk_test_[A-Za-z0-9_]+$/),
    /** The `whsec_…` that signs events sent to the portal's Stripe webhook URL. */
    webhookSecret: z.string().startsWith("whsec_"),
  }),
  /** Base of each control API (`…/_control`); append `/reset`, `/seed`, … */
  controlUrls: z.object({ lightspeed: z.url(), shopify: z.url(), stripe: z.url() }),
  /** What the sandbox was started with; the seeder re-applies the latency after its resets. */
  settings: z.object({ timeScale: z.number().positive(), latencyMs: z.number().min(0), seed: z.number().int() }),
});

export type SandboxConnection = z.output<typeof sandboxConnectionSchema>;
