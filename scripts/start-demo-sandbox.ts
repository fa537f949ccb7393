import type { Database } from "@/lib/db/open-database";
import { shopifyStores } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { connectPortalToSandbox } from "./demo/connect-portal-to-sandbox";

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
  return { sandbox, portalEnvironment: await connectPortalToSandbox(db, sandbox) };
}
