import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { connections, shopifyStores } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { seedSandboxFromDatabase } from "./demo/seed-sandbox";

/**
 * Demo mode: simulated Lightspeed, Shopify and Stripe on loopback (this process, not the portal's), holding the
 * same catalogue, ids and levels as the demo database, with webhooks aimed at the portal. Answers the environment
 * that points the portal's connectors at them.
 */
export async function startDemoSandbox(db: Database): Promise<{ sandbox: RunningSandbox; portalEnvironment: Record<string, string> }> {
  const stores = await db.select({ domain: shopifyStores.domain }).from(shopifyStores).orderBy(shopifyStores.id);
  const portal = `http://127.0.0.1:${env.PORT}`;
  const base = env.SANDBOX_PORT;
  const sandbox = await startSandbox({
    ports: { lightspeed: base, shopify: base === 0 ? 0 : base + 1, stripe: base === 0 ? 0 : base + 2 },
    webhookTargets: { shopify: `${portal}/api/webhooks/shopify`, stripe: `${portal}/api/webhooks/stripe` },
    shopifyStoreDomains: stores.map((store) => store.domain),
  });
  await seedSandboxFromDatabase(db, sandbox);
  // The demo's Lightspeed connection is the simulated account's (its health and polling cursor live there), and a
  // fresh simulated account issues a fresh refresh token: forget the one rotated by the last run.
  const account = `lightspeed:${sandbox.lightspeed.accountId}`;
  const [known] = await db.select({ id: connections.id }).from(connections).where(eq(connections.account, account));
  if (!known) await db.update(connections).set({ account }).where(eq(connections.system, "lightspeed"));
  await db.update(connections).set({ refreshToken: null }).where(eq(connections.account, account));
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
