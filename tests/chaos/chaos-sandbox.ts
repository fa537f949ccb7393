import type { Database } from "@/lib/db/open-database";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { connectPortalToSandbox } from "@/scripts/demo/connect-portal-to-sandbox";

/**
 * The simulations holding the run's catalogue, webhooks aimed at the portal's port (scripts/start-demo-sandbox.ts
 * reads its ports from the environment instead), and the environment that points the portal's connectors at them.
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
  const portalEnvironment = await connectPortalToSandbox(db, sandbox);
  return { sandbox, portalEnvironment };
}
