import Stripe from "stripe";
import { z } from "zod";
import { STRIPE_API_VERSION } from "./stripe-api-version";

const secretKeySchema = z
  .string()
  .regex(/^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/, "must be a Stripe secret or restricted key (sk_… / rk_…)");

export const stripeConnectionConfigSchema = z.object({
  secretKey: secretKeySchema,
  /** Where the API lives; unset means api.stripe.com. The sandbox is reached by pointing this at it. */
  apiBase: z
    .object({
      host: z.string().min(1),
      port: z.number().int().min(1).max(65_535),
      protocol: z.enum(["http", "https"]),
    })
    .optional(),
  /** Per-attempt timeout in milliseconds. */
  timeoutMs: z.number().int().positive().default(20_000),
  /** The SDK's own retries on connection errors, 409 and 5xx; it reuses one idempotency key across them. */
  maxNetworkRetries: z.number().int().min(0).max(10).default(2),
});

export type StripeConnectionConfig = z.input<typeof stripeConnectionConfigSchema>;

export type StripeMode = "test" | "live";

export interface StripeConnection {
  readonly sdk: Stripe;
  /** test or live, from the key: events whose `livemode` differs must not be acted on. */
  readonly mode: StripeMode;
}

/** One configured stripe SDK instance, pinned to STRIPE_API_VERSION. Config comes in; nothing reads the environment. */
export function createStripeConnection(config: StripeConnectionConfig): StripeConnection {
  const parsed = stripeConnectionConfigSchema.parse(config);
  const sdk = new Stripe(parsed.secretKey, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: parsed.maxNetworkRetries,
    timeout: parsed.timeoutMs,
    telemetry: false,
    appInfo: { name: "tillbridge" },
    ...(parsed.apiBase ?? {}),
  });
  const mode: StripeMode = /^(sk|rk)_live_/.test(parsed.secretKey) ? "live" : "test";
  return { sdk, mode };
}
