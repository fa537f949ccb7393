import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRSeriesAdapter } from "@/lib/connectors/lightspeed";
import { createShopifyClient, verifyShopifyWebhook, type VariantLevel } from "@/lib/connectors/shopify";
import { createStripeConnection, retrievePaymentIntent, verifyStripeWebhook } from "@/lib/connectors/stripe";
import { customerIdentities, items, lightspeedLevels, shopifyLevels, shopifyStores, shopifyVariants } from "@/lib/db/schema";
import { seedDemoShop } from "@/lib/demo/seed-demo-shop";
import { seedSandboxFromDatabase } from "@/scripts/demo/seed-sandbox";
import { callControl } from "@/sandbox/run/control-client";
import { startSandbox, type RunningSandbox } from "@/sandbox/run/start-sandbox";
import { z } from "zod";
import { startReceiver } from "../../contract/shopify/shopify-fixture";
import { createTestDatabase } from "../../support/test-database";

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
const anything = z.unknown();

async function all<T>(records: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const record of records) list.push(record);
  return list;
}

describe("startSandbox + seedSandboxFromDatabase (demo shop on PGlite)", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let sandbox: RunningSandbox;
  let receiver: Receiver;
  const timings: Record<string, number> = {};

  const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const startedAt = performance.now();
    try {
      return await run();
    } finally {
      timings[label] = Math.round(performance.now() - startedAt);
    }
  };

  /** The refresh token rotates on first use: every adapter shares the one store, as the portal's processes do. */
  let refreshToken = "";
  const lightspeedAdapter = () =>
    createRSeriesAdapter({
      ...sandbox.lightspeed,
      tokenStore: { load: async () => refreshToken, save: async (next) => void (refreshToken = next) },
      timeoutMs: 5_000,
    });

  /** What the database says each system should hold. */
  const expected = async () => {
    const db = database.db;
    const lightspeed = await db
      .select({ itemId: items.lightspeedItemId, sku: items.sku, onHand: lightspeedLevels.onHand, at: lightspeedLevels.sourceTimestamp })
      .from(lightspeedLevels)
      .innerJoin(items, eq(items.id, lightspeedLevels.itemId));
    const stores = await db.select().from(shopifyStores);
    const variants = await db.select().from(shopifyVariants);
    const levels = await db.select().from(shopifyLevels);
    const identities = await db.select().from(customerIdentities).where(eq(customerIdentities.system, "lightspeed"));
    return { lightspeed, stores, variants, levels, identities };
  };

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    await timed("seedDemoShop", () =>
      seedDemoShop(database.db, { country: "US", currency: "USD", now: new Date("2026-11-22T15:00:00Z"), timeZone: "America/New_York" }),
    );
    receiver = await startReceiver();
    const stores = await database.db.select({ domain: shopifyStores.domain }).from(shopifyStores);
    sandbox = await timed("startSandbox", () =>
      startSandbox({
        shopifyStoreDomains: stores.map((store) => store.domain),
        webhookTargets: { shopify: `${receiver.url}/shopify`, stripe: `${receiver.url}/stripe` },
        timeScale: 20,
        seed: 7,
      }),
    );
    refreshToken = sandbox.lightspeed.refreshToken;
    await timed("seedSandboxFromDatabase", () => seedSandboxFromDatabase(database.db, sandbox));
  }, 120_000);

  afterAll(async () => {
    console.info(`[sandbox-run] timings (ms): ${JSON.stringify(timings)}`);
    await sandbox?.close();
    await receiver?.close();
    await database?.dispose();
  });

  it("seeds the ~300 items of two stores in a few hundred milliseconds", () => {
    expect(timings.seedSandboxFromDatabase).toBeLessThan(3_000);
  });

  it("holds the database's Lightspeed item ids, SKUs, on-hand and timeStamps, read through the R-Series connector", async () => {
    const want = await expected();
    const adapter = lightspeedAdapter();
    const [itemList, itemShops] = [await all(adapter.listItems()), await all(adapter.listItemShops())];
    expect(new Map(itemList.map((item) => [item.itemId, item.customSku]))).toEqual(new Map(want.lightspeed.map((row) => [row.itemId, row.sku])));
    const shopOne = itemShops.filter((row) => row.shopId === "1");
    expect(new Map(shopOne.map((row) => [row.itemId, row.qoh]))).toEqual(new Map(want.lightspeed.map((row) => [row.itemId, row.onHand])));
    const stamps = new Map(shopOne.map((row) => [row.itemId, Math.floor(new Date(row.timeStamp).getTime() / 1000)]));
    for (const row of want.lightspeed) expect(stamps.get(row.itemId ?? "")).toBe(Math.floor(row.at.getTime() / 1000));
  });

  it("holds a Lightspeed customer per Lightspeed identity, found by email and phone", async () => {
    const want = await expected();
    const adapter = lightspeedAdapter();
    const customers = await callControl("GET", `${sandbox.controlUrls.lightspeed}/customers`, z.array(z.object({ customerId: z.number() })));
    expect(customers.map((customer) => String(customer.customerId)).sort()).toEqual(want.identities.map((identity) => identity.externalId).sort());
    const withEmail = want.identities.filter((identity) => identity.email !== null).slice(0, 3);
    for (const identity of withEmail) {
      const found = await adapter.findCustomersByEmail(identity.email ?? "");
      expect(found.map((customer) => customer.customerId)).toContain(identity.externalId);
    }
    const withPhone = want.identities.find((identity) => identity.phone !== null);
    const byPhone = await adapter.findCustomersByPhone(withPhone?.phone ?? "");
    expect(byPhone.map((customer) => customer.customerId)).toContain(withPhone?.externalId);
  });

  it("holds every store's variants under the database's gids with available = shopify_levels, read through the Shopify connector", async () => {
    const want = await expected();
    for (const store of want.stores) {
      const credentials = sandbox.shopify.stores.find((candidate) => candidate.domain === store.domain);
      expect(credentials).toBeDefined();
      if (credentials === undefined) continue;
      const client = createShopifyClient({ shopDomain: store.domain, accessToken: credentials.accessToken, endpoint: credentials.endpoint });
      const read = await client.readAllVariantLevels({ locationId: store.locationId });
      if (!read.ok) throw new Error(`${store.domain}: ${JSON.stringify(read.error)}`);
      const key = (variant: Pick<VariantLevel, "variantId" | "productId" | "inventoryItemId" | "sku">) =>
        `${variant.productId} ${variant.variantId} ${variant.inventoryItemId} ${variant.sku ?? "-"}`;
      const available = new Map(want.levels.filter((level) => level.storeId === store.id).map((level) => [level.itemId, level.available]));
      const wanted = want.variants
        .filter((variant) => variant.storeId === store.id)
        .map((variant) => [key(variant), variant.itemId === null ? 0 : (available.get(variant.itemId) ?? 0)] as const);
      expect(new Map(read.value.map((variant) => [key(variant), variant.available]))).toEqual(new Map(wanted));
    }
  });

  it("gives credentials that work: Shopify webhooks verify with the store's secret, Stripe's key reads and its events verify", async () => {
    const [store] = sandbox.shopify.stores;
    if (store === undefined) throw new Error("no store");
    const inspection = await callControl(
      "GET",
      `${sandbox.controlUrls.shopify}/stores/${store.domain}`,
      z.object({ levels: z.array(z.object({ inventoryItemId: z.string(), available: z.number() })) }),
    );
    const inStock = inspection.levels.find((level) => level.available > 0);
    await callControl("POST", `${sandbox.controlUrls.shopify}/stores/${store.domain}/levels`, anything, { inventoryItemId: inStock?.inventoryItemId, delta: 1 });
    const payment = await callControl(
      "POST",
      `${sandbox.controlUrls.stripe}/payments`,
      z.object({ paymentIntent: z.object({ id: z.string() }) }),
      { lines: [{ sku: "A-1", quantity: 1, unitAmount: 1200 }] },
    );
    await callControl("POST", `${sandbox.controlUrls.shopify}/webhooks/settle`, anything);
    await callControl("POST", `${sandbox.controlUrls.stripe}/deliveries/settle`, anything);

    const shopifyHooks = receiver.received.filter((hook) => hook.headers["x-shopify-shop-domain"] === store.domain);
    expect(shopifyHooks.length).toBeGreaterThan(0);
    for (const hook of shopifyHooks) {
      expect(verifyShopifyWebhook(hook.body, String(hook.headers["x-shopify-hmac-sha256"]), [store.webhookSecret])).toBe(true);
    }
    const stripeHooks = receiver.received.filter((hook) => hook.headers["stripe-signature"] !== undefined);
    expect(stripeHooks.map((hook) => verifyStripeWebhook(hook.body, String(hook.headers["stripe-signature"]), [sandbox.stripe.webhookSecret], 300).ok)).not.toContain(false);
    expect(stripeHooks.length).toBeGreaterThanOrEqual(3);

    const stripe = createStripeConnection({ secretKey: sandbox.stripe.secretKey, apiBase: sandbox.stripe, maxNetworkRetries: 0 });
    const intent = await retrievePaymentIntent(stripe, payment.paymentIntent.id);
    expect(intent.id).toBe(payment.paymentIntent.id);
  });

  it("is idempotent: seeding again after traffic brings back exactly the database's levels", async () => {
    const want = await expected();
    const [first] = want.lightspeed;
    await callControl("POST", `${sandbox.controlUrls.lightspeed}/till-sale`, anything, { lines: [{ itemID: Number(first?.itemId), quantity: 1 }] });
    await timed("reseed", () => seedSandboxFromDatabase(database.db, sandbox));
    const rows = await callControl("GET", `${sandbox.controlUrls.lightspeed}/item-shops`, z.array(z.object({ itemId: z.number(), shopId: z.number(), qoh: z.number() })));
    const sales = await callControl("GET", `${sandbox.controlUrls.lightspeed}/sales`, z.array(z.unknown()));
    expect(sales).toEqual([]);
    const qoh = new Map(rows.filter((row) => row.shopId === 1).map((row) => [String(row.itemId), row.qoh]));
    expect(qoh).toEqual(new Map(want.lightspeed.map((row) => [row.itemId ?? "", row.onHand])));
  });
});
