import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { connections } from "@/lib/db/schema";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";

/**
 * The simulations holding the run's catalogue, webhooks aimed at the portal's port — the same steps as
 * scripts/start-demo-sandbox.ts (which reads its ports from the environment), and the environment that points the
 * portal's connectors at them.
 */
export async function startChaosSandbox(
  db: Database,
  options: { portalPort: number; seed: number; storeDomains: string[]; timeScale: number },
): Promise<{ sandbox: RunningSandbox; portalEnvironment: Record<string, string> }> {
  const portal = `http://127.0.0.1:${options.portalPort}`;
  const sandbox = await startSandbox({
    webhookTargets: { shopify: `${portal}/api/webhooks/shopify`, stripe: `${portal}/api/webhooks/stripe` },
    shopifyStoreDomains: options.storeDomains,
    seed: options.seed,
    timeScale: options.timeScale,
  });
  await seedSandboxFromDatabase(db, sandbox);
  await db.update(connections).set({ refreshToken: null }).where(eq(connections.account, `lightspeed:${sandbox.lightspeed.accountId}`));
  const portalEnvironment = {
    TILLBRIDGE_DEMO: "true",
    LIGHTSPEED_ACCOUNT_ID: sandbox.lightspeed.accountId,
    LIGHTSPEED_CLIENT_ID: sandbox.lightspeed.clientId,
    LIGHTSPEED_CLIENT_SECRET: sandbox.lightspeed.clientSecret,
    LIGHTSPEED_REFRESH_TOKEN: sandbox.lightspeed.refreshToken,
    LIGHTSPEED_API_BASE_URL: sandbox.lightspeed.apiBaseUrl,
    LIGHTSPEED_TOKEN_URL: sandbox.lightspeed.tokenUrl,
    SHOPIFY_STORES: JSON.stringify(sandbox.shopify.stores),
    STRIPE_SECRET_KEY: sandbox.stripe.secretKey,
    STRIPE_WEBHOOK_SECRETS: sandbox.stripe.webhookSecret,
    STRIPE_API_URL: `${sandbox.stripe.protocol}://${sandbox.stripe.host}:${sandbox.stripe.port}`,
  };
  return { sandbox, portalEnvironment };
}
