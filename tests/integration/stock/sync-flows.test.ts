import { createServer, type Server } from "node:http";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRSeriesAdapter, type LightspeedAdapter } from "@/lib/connectors/lightspeed";
import { createShopifyClient, type ShopifyClient } from "@/lib/connectors/shopify";
import { createLightspeedTokenStore } from "@/lib/connections/lightspeed-token-store";
import { matchIdentity } from "@/lib/customers/match-identity";
import { items, lightspeedLevels, pendingUnits, shopifyLevels, shopifyStores, shopifyVariants, stockMovements } from "@/lib/db/schema";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { buildShopifyOrder } from "@/lib/orders/build-shopify-order";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";
import { shopifyOrderPayloadSchema } from "@/lib/orders/shopify-order-payload";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { loadItemStoreTargets } from "@/lib/stock/load-item-store-targets";
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";

/** Collects the webhooks the simulated Shopify sends to "the portal". */
async function startReceiver(): Promise<{ server: Server; url: string; bodies: Array<{ topic: string; body: string }> }> {
  const bodies: Array<{ topic: string; body: string }> = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      bodies.push({ topic: String(request.headers["x-shopify-topic"] ?? ""), body });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/webhooks`, bodies };
}

const control = async (base: string, path: string, body: unknown) => {
  const response = await fetch(`${base}/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
};

const waitFor = async <T>(probe: () => T | undefined, timeoutMs = 5_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.each(testDatabaseKinds())("stock flows against the sandbox on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sandbox: RunningSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let lightspeed: LightspeedAdapter;
  let shopify: Map<string, ShopifyClient>;
  let itemId = 0;
  let lightspeedItemId = "";
  let storeA = "";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await seedDemoShop(database.db, { country: "US", currency: "USD", timeZone: "America/New_York" });
    receiver = await startReceiver();
    const stores = await database.db.select().from(shopifyStores).orderBy(shopifyStores.id);
    sandbox = await startSandbox({
      webhookTargets: { shopify: receiver.url, stripe: receiver.url },
      shopifyStoreDomains: stores.map((store) => store.domain),
      timeScale: 20,
    });
    await seedSandboxFromDatabase(database.db, sandbox);
    lightspeed = createRSeriesAdapter({
      ...sandbox.lightspeed,
      tokenStore: createLightspeedTokenStore(database.db, { accountId: sandbox.lightspeed.accountId, initialRefreshToken: sandbox.lightspeed.refreshToken }),
    });
    shopify = new Map(sandbox.shopify.stores.map((store) => [store.domain, createShopifyClient({ shopDomain: store.domain, accessToken: store.accessToken, endpoint: store.endpoint })]));
    storeA = stores[0]?.domain ?? "";
    // An item listed in both stores, with stock and no open pending units.
    const [candidate] = await database.db
      .select({ id: items.id, lightspeedItemId: items.lightspeedItemId })
      .from(items)
      .innerJoin(lightspeedLevels, eq(lightspeedLevels.itemId, items.id))
      .where(and(sql`${lightspeedLevels.onHand} >= 6`, isNotNull(items.lightspeedItemId), sql`not exists (select 1 from pending_units p where p.item_id = ${items.id} and p.released_at is null)`, sql`(select count(*) from shopify_variants v where v.item_id = ${items.id}) = 2`, sql`not exists (select 1 from drift_reports d where d.item_id = ${items.id} and d.repaired_at is null)`))
      .limit(1);
    itemId = candidate?.id ?? 0;
    lightspeedItemId = candidate?.lightspeedItemId ?? "";
    // Bring both stores to the expected figure first (the demo has a few drifting SKUs on purpose).
    await pushSellableToStores(database.db, shopify, [itemId]);
    // The first poll sets the cursors: sales from now on, every stock reading once.
    await pollLightspeed(database.db, lightspeed, { account: "lightspeed:test", currency: "USD", now: () => new Date() });
  }, 120_000);

  afterAll(async () => {
    await sandbox?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
    await database?.dispose();
  });

  const storeFigures = async () => {
    const targets = await loadItemStoreTargets(database.db, [itemId]);
    return Promise.all(
      targets.map(async (target) => {
        const read = await shopify.get(target.domain)?.readItemLevels({ inventoryItemIds: [target.inventoryItemId], locationId: target.locationId });
        return { domain: target.domain, expected: target.expected, actual: read?.ok ? read.value[0]?.available : null, onHand: target.onHand, pending: target.pendingUnits };
      }),
    );
  };

  it("an order in one store: pending everywhere at once, then posted to Lightspeed once, every store at its sellable figure", async () => {
    const [variant] = await database.db
      .select({ variantId: shopifyVariants.variantId })
      .from(shopifyVariants)
      .innerJoin(shopifyStores, eq(shopifyStores.id, shopifyVariants.storeId))
      .where(and(eq(shopifyVariants.itemId, itemId), eq(shopifyStores.domain, storeA)));
    const before = await storeFigures();
    await control(sandbox.controlUrls.shopify, `stores/${storeA}/orders`, { lines: [{ variantId: variant?.variantId, quantity: 2 }], email: "Flow.Buyer@Example.com" });
    const delivered = await waitFor(() => receiver.bodies.find((body) => body.topic === "orders/create"));
    const payload = shopifyOrderPayloadSchema.parse(parseJsonKeepingBigIntegers(delivered.body));
    const built = await buildShopifyOrder(database.db, storeA, payload);
    if (!built) throw new Error("store not found");
    expect(built.unmappedLines).toEqual([]);
    const customer = await matchIdentity(database.db, { system: "shopify", shopifyStoreId: built.order.shopifyStoreId, externalId: "c-1", name: "Flow Buyer", email: "flow.buyer@example.com", phone: null }, { country: "US" });
    const reserved = await reserveOnlineOrder(database.db, { ...built.order, customerId: customer.customerId });
    expect(await reserveOnlineOrder(database.db, { ...built.order, customerId: customer.customerId })).toMatchObject({ created: false, orderId: reserved.orderId });

    await pushSellableToStores(database.db, shopify, [itemId]);
    const whilePending = await storeFigures();
    for (const figure of whilePending) {
      expect(figure.pending).toBe(2);
      expect(figure.actual).toBe(figure.expected);
      expect(figure.expected).toBe((before.find((b) => b.domain === figure.domain)?.expected ?? 0) - 2);
    }

    const posted = await postOnlineOrderSale(database.db, lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" });
    if (!posted) throw new Error("not posted");
    // A retried step finds the sale by reference instead of posting it again.
    const again = await postOnlineOrderSale(database.db, lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" });
    expect(again).toMatchObject({ lightspeedSaleId: posted.lightspeedSaleId, outcome: "existing" });
    await confirmPostedSale(database.db, { orderId: reserved.orderId, lightspeedSaleId: posted.lightspeedSaleId, saleTimestamp: new Date(posted.saleTimestamp), now: new Date() });

    const afterPost = await storeFigures();
    expect(afterPost.map((figure) => figure.expected)).toEqual(whilePending.map((figure) => figure.expected));
    expect(afterPost.every((figure) => figure.pending === 0)).toBe(true);
    const open = await database.db.select().from(pendingUnits).where(and(eq(pendingUnits.orderId, reserved.orderId), isNull(pendingUnits.releasedAt)));
    expect(open).toEqual([]);
    const [row] = await database.db.select().from(stockMovements).where(and(eq(stockMovements.orderId, reserved.orderId), eq(stockMovements.itemId, itemId)));
    expect(row).toMatchObject({ postedToLightspeed: true, delta: -2, resultingLevel: before[0]?.onHand === undefined ? null : before[0].onHand - 2 });
  });

  it("a till sale reaches every store through the poll, counted once; the next readings change nothing", async () => {
    const before = await storeFigures();
    await control(sandbox.controlUrls.lightspeed, "till-sale", { lines: [{ itemID: Number(lightspeedItemId), quantity: 1 }] });
    const first = await pollLightspeed(database.db, lightspeed, { account: "lightspeed:test", currency: "USD", now: () => new Date() });
    expect(first.tillSales).toBe(1);
    expect(first.changedItemIds).toContain(itemId);
    await pushSellableToStores(database.db, shopify, [itemId]);
    const after = await storeFigures();
    for (const figure of after) {
      expect(figure.onHand).toBe((before[0]?.onHand ?? 0) - 1);
      expect(figure.actual).toBe(figure.expected);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    const second = await pollLightspeed(database.db, lightspeed, { account: "lightspeed:test", currency: "USD", now: () => new Date() });
    expect(second).toMatchObject({ tillSales: 0, corrected: 0 });
    const [level] = await database.db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId));
    expect(level?.onHand).toBe((before[0]?.onHand ?? 0) - 1);
    const ledger = await database.db.select().from(stockMovements).where(eq(stockMovements.itemId, itemId)).orderBy(stockMovements.at, stockMovements.id);
    expect(ledger.at(-1)).toMatchObject({ kind: "store_sale", delta: -1, resultingLevel: level?.onHand });
    const levels = await database.db.select().from(shopifyLevels).where(eq(shopifyLevels.itemId, itemId));
    expect(levels).toHaveLength(2);
  });
});
