import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { connections } from "@/lib/db/schema";
import type { RunningSandbox } from "@/sandbox/run/start-sandbox";
import { seedSandboxFromDatabase } from "./seed-sandbox";

/**
 * Makes the simulations hold the database's catalogue, ids and levels, makes the database's Lightspeed connection the
 * simulated account's (its health, polling cursor and rotating token live there; a fresh simulated account issues a
 * fresh refresh token, so the one rotated by a last run is forgotten), and answers the environment that points the
 * portal's connectors at the simulations.
 */
export async function connectPortalToSandbox(db: Database, sandbox: RunningSandbox): Promise<Record<string, string>> {
  await seedSandboxFromDatabase(db, sandbox);
  const account = `lightspeed:${sandbox.lightspeed.accountId}`;
  const [known] = await db.select({ id: connections.id }).from(connections).where(eq(connections.account, account));
  if (!known) await db.update(connections).set({ account }).where(eq(connections.system, "lightspeed"));
  await db.update(connections).set({ refreshToken: null }).where(eq(connections.account, account));
  return {
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
}
