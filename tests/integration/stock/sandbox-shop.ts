import { createServer, type Server } from "node:http";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { createRSeriesAdapter, type LightspeedAdapter } from "@/lib/connectors/lightspeed";
import { createShopifyClient, type ShopifyClient } from "@/lib/connectors/shopify";
import { createStripeConnection, type StripeConnection } from "@/lib/connectors/stripe";
import { createLightspeedTokenStore } from "@/lib/connections/lightspeed-token-store";
import { items, lightspeedLevels, shopifyStores } from "@/lib/db/schema";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { createTestDatabase, type TestDatabaseKind } from "../../support/test-database";

type Delivery = { topic: string; body: string };

/**
 * The demo shop in a throwaway database, the simulated Lightspeed, Shopify and Stripe seeded with the same
 * catalogue, connectors pointed at them, and a receiver standing in for the portal's webhook routes.
 */
export async function startSandboxShop(kind: TestDatabaseKind) {
  const database = await createTestDatabase(kind);
  await seedDemoShop(database.db, { country: "US", currency: "USD", timeZone: "America/New_York" });
  const deliveries: Delivery[] = [];
  const receiver: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      const shopifyTopic = request.headers["x-shopify-topic"];
      const stripeType = shopifyTopic ? null : (JSON.parse(body) as { type?: string }).type;
      deliveries.push({ topic: String(shopifyTopic ?? stripeType ?? ""), body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const address = receiver.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/webhooks`;
  const stores = await database.db.select().from(shopifyStores).orderBy(shopifyStores.id);
  const sandbox: RunningSandbox = await startSandbox({ webhookTargets: { shopify: url, stripe: url }, shopifyStoreDomains: stores.map((s) => s.domain), timeScale: 20 });
  await seedSandboxFromDatabase(database.db, sandbox);
  const lightspeed: LightspeedAdapter = createRSeriesAdapter({
    ...sandbox.lightspeed,
    writeSettleMs: 50,
    tokenStore: createLightspeedTokenStore(database.db, { accountId: sandbox.lightspeed.accountId, initialRefreshToken: sandbox.lightspeed.refreshToken }),
  });
  const shopify = new Map<string, ShopifyClient>(
    sandbox.shopify.stores.map((store) => [store.domain, createShopifyClient({ shopDomain: store.domain, accessToken: store.accessToken, endpoint: store.endpoint })]),
  );
  const stripe: StripeConnection = createStripeConnection({
    secretKey: sandbox.stripe.secretKey,
    apiBase: { host: sandbox.stripe.host, port: sandbox.stripe.port, protocol: sandbox.stripe.protocol },
  });

  const control = async (service: keyof RunningSandbox["controlUrls"], path: string, body: unknown): Promise<unknown> => {
    const response = await fetch(`${sandbox.controlUrls[service]}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${service} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };

  /** The next delivery of `topic` not taken yet. */
  const taken = new Set<Delivery>();
  const nextDelivery = async (topic: string, timeoutMs = 5_000): Promise<Delivery> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = deliveries.find((delivery) => delivery.topic === topic && !taken.has(delivery));
      if (found) {
        taken.add(found);
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no ${topic} delivery arrived`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** Items in both stores with at least `minimum` on hand, no open pending units and no open drift. */
  const pickItems = async (count: number, minimum = 6) =>
    database.db
      .select({ id: items.id, sku: items.sku, priceCents: items.priceCents, lightspeedItemId: items.lightspeedItemId })
      .from(items)
      .innerJoin(lightspeedLevels, eq(lightspeedLevels.itemId, items.id))
      .where(
        and(
          sql`${lightspeedLevels.onHand} >= ${minimum}`,
          isNotNull(items.lightspeedItemId),
          sql`not exists (select 1 from pending_units p where p.item_id = ${items.id} and p.released_at is null)`,
          sql`(select count(*) from shopify_variants v where v.item_id = ${items.id}) = 2`,
          sql`not exists (select 1 from drift_reports d where d.item_id = ${items.id} and d.repaired_at is null)`,
        ),
      )
      .orderBy(items.id)
      .limit(count);

  const close = async () => {
    await sandbox.close();
    await new Promise((resolve) => receiver.close(resolve));
    await database.dispose();
  };

  return { database, sandbox, lightspeed, shopify, stripe, stores, control, nextDelivery, pickItems, close };
}

export type SandboxShop = Awaited<ReturnType<typeof startSandboxShop>>;
