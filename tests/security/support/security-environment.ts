import { vi } from "vitest";
import { startFakeEventApi, type FakeEventApi } from "./fake-event-api";
import { migratedPgliteCopy } from "./migrated-pglite-copy";

/**
 * The portal's environment for the security sweep, with a recognisable value for every secret, so a test can
 * assert that none of them ever shows up in a log line, a response or a page. It imports nothing that reads the
 * environment: it runs (from `vi.hoisted`) before lib/env does.
 */
/** Where the sweep points Shopify and Stripe: a port nothing listens on, so no call ever leaves the machine. */
const closedPort = "http://127.0.0.1:9";

export const sweepStores = [
  { domain: "sweep-a.myshopify.com", accessToken: "shpat_SWEEP_ACCESS_TOKEN_A_5f1c", webhookSecret: "shpss_SWEEP_WEBHOOK_SECRET_A_9d2e", endpoint: closedPort },
  { domain: "sweep-b.myshopify.com", accessToken: "shpat_SWEEP_ACCESS_TOKEN_B_77ab", webhookSecret: "shpss_SWEEP_WEBHOOK_SECRET_B_03f4", endpoint: closedPort },
] as const;

export const sweepStripeWebhookSecret = "whsec_SWEEP_STRIPE_WEBHOOK_SECRET_c0ffee";
export const sweepSigningKey = "signkey-test-5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed5eed";

const secrets = {
  AUTH_SECRET: "SWEEP_AUTH_SECRET_0123456789abcdef0123456789abcdef",
  STRIPE_SECRET_KEY: "sk_test_SWEEP_STRIPE_SECRET_KEY_1b2c3d",
  STRIPE_WEBHOOK_SECRETS: sweepStripeWebhookSecret,
  LIGHTSPEED_CLIENT_SECRET: "SWEEP_LIGHTSPEED_CLIENT_SECRET_4e5f",
  LIGHTSPEED_REFRESH_TOKEN: "SWEEP_LIGHTSPEED_REFRESH_TOKEN_6a7b",
  INNGEST_SIGNING_KEY: sweepSigningKey,
  INNGEST_EVENT_KEY: "SWEEP_INNGEST_EVENT_KEY_8c9d",
} as const;

/** Every secret value the sweep configures: none may appear in a log, a response body or a rendered page. */
export const sweepSecretValues: readonly string[] = [
  ...Object.values(secrets),
  ...sweepStores.flatMap((store) => [store.accessToken, store.webhookSecret]),
];

/** The sign-in budget the sweep runs with (an address gets 4× that). */
export const sweepMaxFailures = 3;

export type SecurityEnvironment = { eventApi: FakeEventApi; close: () => Promise<void> };

/**
 * Starts a stand-in for the engine's event API and points the portal's environment at it, a migrated database of
 * the test file's own, two Shopify stores and Stripe (its API on a closed port: nothing leaves the machine).
 */
export async function prepareSecurityEnvironment(): Promise<SecurityEnvironment> {
  const eventApi = await startFakeEventApi();
  const database = await migratedPgliteCopy();
  const values: Record<string, string> = {
    ...secrets,
    NODE_ENV: "test",
    DATABASE_URL: "",
    PGLITE_DIR: database.dataDir,
    TILLBRIDGE_DEMO: "false",
    SHOPIFY_STORES: JSON.stringify(sweepStores),
    STRIPE_API_URL: closedPort,
    INNGEST_MODE: "local",
    INNGEST_LOCAL_PORT: String(eventApi.port),
    SIGN_IN_MAX_FAILURES: String(sweepMaxFailures),
    SIGN_IN_WINDOW_MINUTES: "15",
  };
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  return {
    eventApi,
    close: async () => {
      await eventApi.close();
      database.remove();
    },
  };
}
