import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { matchIdentity } from "@/lib/customers/match-identity";
import { connections, lightspeedLevels, pendingUnits, shopifyLevels, shopifyStores, shopifyVariants, stockMovements } from "@/lib/db/schema";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { buildShopifyOrder } from "@/lib/orders/build-shopify-order";
import { PostingInProgress, releaseOrderPosting } from "@/lib/orders/claim-posting";
import { confirmPostedSale } from "@/lib/orders/confirm-posted-sale";
import { postOnlineOrderSale } from "@/lib/orders/post-online-order-sale";
import { reserveOnlineOrder } from "@/lib/orders/reserve-online-order";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import { shopifyOrderPayloadSchema } from "@/lib/orders/shopify-order-payload";
import { loadItemStoreTargets } from "@/lib/stock/load-item-store-targets";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { readSalesRollups, sumLedgerFresh } from "../../support/sales-rollups-check";
import { testDatabaseKinds } from "../../support/test-database";
import { startSandboxShop, type SandboxShop } from "./sandbox-shop";

describe.each(testDatabaseKinds())("stock flows against the sandbox on %s", (kind) => {
  let shop: SandboxShop;
  let itemId = 0;
  let lightspeedItemId = "";
  let storeA = "";
  const poll = (changesSentThrough: number | null = null) =>
    pollLightspeed(shop.database.db, shop.lightspeed, { account: "lightspeed:test", currency: "USD", now: () => new Date(), changesSentThrough });

  beforeAll(async () => {
    shop = await startSandboxShop(kind);
    const [item] = await shop.pickItems(1);
    itemId = item?.id ?? 0;
    lightspeedItemId = item?.lightspeedItemId ?? "";
    storeA = shop.stores[0]?.domain ?? "";
    // Bring both stores to the expected figure first (the demo has a few drifting SKUs on purpose).
    await pushSellableToStores(shop.database.db, shop.shopify, [itemId]);
    // The first poll sets the cursors: sales from now on, every stock reading once.
    await poll();
  }, 120_000);

  afterAll(() => shop?.close());

  const storeFigures = async () => {
    const targets = await loadItemStoreTargets(shop.database.db, [itemId]);
    return Promise.all(
      targets.map(async (target) => {
        const read = await shop.shopify.get(target.domain)?.readItemLevels({ inventoryItemIds: [target.inventoryItemId], locationId: target.locationId });
        return { domain: target.domain, expected: target.expected, actual: read?.ok ? read.value[0]?.available : null, onHand: target.onHand, pending: target.pendingUnits };
      }),
    );
  };

  const variantInStoreA = async () => {
    const [variant] = await shop.database.db
      .select({ variantId: shopifyVariants.variantId })
      .from(shopifyVariants)
      .innerJoin(shopifyStores, eq(shopifyStores.id, shopifyVariants.storeId))
      .where(and(eq(shopifyVariants.itemId, itemId), eq(shopifyStores.domain, storeA)));
    return variant;
  };

  it("an order in one store: pending everywhere at once, then posted to Lightspeed once, every store at its sellable figure", async () => {
    const db = shop.database.db;
    const variant = await variantInStoreA();
    const before = await storeFigures();
    await shop.control("shopify", `stores/${storeA}/orders`, { lines: [{ variantId: variant?.variantId, quantity: 2 }], email: "Flow.Buyer@Example.com" });
    const delivered = await shop.nextDelivery("orders/create");
    const payload = shopifyOrderPayloadSchema.parse(parseJsonKeepingBigIntegers(delivered.body));
    const built = await buildShopifyOrder(db, storeA, payload);
    if (!built) throw new Error("store not found");
    expect(built.unmappedLines).toEqual([]);
    const customer = await matchIdentity(db, { system: "shopify", shopifyStoreId: built.order.shopifyStoreId, externalId: "c-1", name: "Flow Buyer", email: "flow.buyer@example.com", phone: null }, { country: "US" });
    const reserved = await reserveOnlineOrder(db, { ...built.order, customerId: customer.customerId });
    expect(await reserveOnlineOrder(db, { ...built.order, customerId: customer.customerId })).toMatchObject({ created: false, orderId: reserved.orderId });

    await pushSellableToStores(db, shop.shopify, [itemId]);
    const whilePending = await storeFigures();
    for (const figure of whilePending) {
      expect(figure.pending).toBe(2);
      expect(figure.actual).toBe(figure.expected);
      expect(figure.expected).toBe(Math.max(0, (before.find((b) => b.domain === figure.domain)?.expected ?? 0) - 2));
    }

    const posted = await postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" });
    if (!posted) throw new Error("not posted");
    // A second run for the same order waits while the first holds the claim…
    await expect(postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" })).rejects.toBeInstanceOf(PostingInProgress);
    // …and once the first poster's claim has run out (it crashed before confirming), finds the sale by reference.
    await releaseOrderPosting(db, reserved.orderId);
    const again = await postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" });
    expect(again).toMatchObject({ lightspeedSaleId: posted.lightspeedSaleId, outcome: "existing" });
    await confirmPostedSale(db, { orderId: reserved.orderId, lightspeedSaleId: posted.lightspeedSaleId, saleTimestamp: new Date(posted.saleTimestamp), now: new Date() });

    expect(await postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" })).toBeNull();
    const afterPost = await storeFigures();
    expect(afterPost.map((figure) => figure.expected)).toEqual(whilePending.map((figure) => figure.expected));
    expect(afterPost.every((figure) => figure.pending === 0)).toBe(true);
    const open = await db.select().from(pendingUnits).where(and(eq(pendingUnits.orderId, reserved.orderId), isNull(pendingUnits.releasedAt)));
    expect(open).toEqual([]);
    const [row] = await db.select().from(stockMovements).where(and(eq(stockMovements.orderId, reserved.orderId), eq(stockMovements.itemId, itemId)));
    expect(row).toMatchObject({ postedToLightspeed: true, delta: -2, resultingLevel: (before[0]?.onHand ?? 0) - 2 });
  });

  it("a till sale reaches every store through the poll, counted once; the next readings change nothing", async () => {
    const before = await storeFigures();
    await shop.control("lightspeed", "till-sale", { lines: [{ itemID: Number(lightspeedItemId), quantity: 1 }] });
    const first = await poll();
    expect(first.tillSales).toBe(1);
    expect(first.changedItemIds).toContain(itemId);
    await pushSellableToStores(shop.database.db, shop.shopify, [itemId]);
    const after = await storeFigures();
    for (const figure of after) {
      expect(figure.onHand).toBe((before[0]?.onHand ?? 0) - 1);
      expect(figure.actual).toBe(figure.expected);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await poll()).toMatchObject({ tillSales: 0, corrected: 0 });
    const [level] = await shop.database.db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId));
    expect(level?.onHand).toBe((before[0]?.onHand ?? 0) - 1);
    const ledger = await shop.database.db.select().from(stockMovements).where(eq(stockMovements.itemId, itemId)).orderBy(stockMovements.at, stockMovements.id);
    expect(ledger.at(-1)).toMatchObject({ kind: "store_sale", delta: -1, resultingLevel: level?.onHand });
    expect(await shop.database.db.select().from(shopifyLevels).where(eq(shopifyLevels.itemId, itemId))).toHaveLength(2);
  });
  it("a till sale whose announcement was lost in a crash after the poll is announced again by the re-run, then no more", async () => {
    const announced = (await poll()).movementsThrough;
    await shop.control("lightspeed", "till-sale", { lines: [{ itemID: Number(lightspeedItemId), quantity: 1 }] });
    const polled = await poll(announced);
    expect(polled).toMatchObject({ tillSales: 1 });
    expect(polled.changedItemIds).toContain(itemId);
    // the process died before the poll's events were sent: the poll runs again, from the same mark
    const rerun = await poll(announced);
    expect(rerun.tillSales).toBe(0);
    expect(rerun.changedItemIds).toContain(itemId);
    // once sent, the next poll starts after them
    expect((await poll(rerun.movementsThrough)).changedItemIds).not.toContain(itemId);
    await pushSellableToStores(shop.database.db, shop.shopify, [itemId]);
  });
  it("the same move made again later is written again, not taken for a replay of the first", async () => {
    const db = shop.database.db;
    const setOnHand = async (delta: number) => {
      const [level] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId));
      await db.update(lightspeedLevels).set({ onHand: (level?.onHand ?? 0) + delta }).where(eq(lightspeedLevels.itemId, itemId));
      await pushSellableToStores(db, shop.shopify, [itemId]);
      return storeFigures();
    };
    await setOnHand(1);
    await setOnHand(-1);
    // the third push asks each store for the same move as the first one did (from the same figure to the same figure)
    for (const figure of await setOnHand(1)) expect(figure.actual).toBe(figure.expected);
    await setOnHand(-1);
  });
  it("a write answered stale goes out again under a new key after the re-read, even when the re-read finds what the portal believed", async () => {
    const db = shop.database.db;
    const sent: { domain: string; key: string }[] = [];
    let answerStale = true;
    // Shopify repeats its first answer to a repeated key: the write after a stale compare must not reuse it.
    const clients = new Map(
      [...shop.shopify].map(([domain, client]): [string, ShopifyClient] => [
        domain,
        {
          ...client,
          setInventoryQuantities: async (input) => {
            sent.push({ domain, key: input.idempotencyKey });
            if (domain !== storeA || !answerStale) return client.setInventoryQuantities(input);
            answerStale = false;
            return { applied: [], stale: [...input.quantities], rejected: [], failed: [], calls: 1 };
          },
        },
      ]),
    );
    const moveOnHand = async (delta: number) => {
      const [level] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId));
      await db.update(lightspeedLevels).set({ onHand: (level?.onHand ?? 0) + delta }).where(eq(lightspeedLevels.itemId, itemId));
    };
    await moveOnHand(1);
    const result = await pushSellableToStores(db, clients, [itemId]);
    const keysToA = sent.filter((write) => write.domain === storeA).map((write) => write.key);
    expect(keysToA).toHaveLength(2);
    expect(keysToA[1]).not.toBe(keysToA[0]);
    expect(result.reread).toBeGreaterThan(0);
    for (const figure of await storeFigures()) expect(figure.actual).toBe(figure.expected);
    await moveOnHand(-1);
    await pushSellableToStores(db, shop.shopify, [itemId]);
  });
  it("a stock reading that already holds the portal's own sale, not yet confirmed, waits instead of being counted twice", async () => {
    const db = shop.database.db;
    const variant = await variantInStoreA();
    const onHand = async () => (await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, itemId)))[0]?.onHand;
    const before = await onHand();
    await shop.control("shopify", `stores/${storeA}/orders`, { lines: [{ variantId: variant?.variantId, quantity: 1 }], email: "race@example.com" });
    const payload = shopifyOrderPayloadSchema.parse(parseJsonKeepingBigIntegers((await shop.nextDelivery("orders/create")).body));
    const built = await buildShopifyOrder(db, storeA, payload);
    if (!built) throw new Error("store not found");
    const reserved = await reserveOnlineOrder(db, { ...built.order, customerId: null });
    const posted = await postOnlineOrderSale(db, shop.lightspeed, reserved.orderId, { registerId: "1", employeeId: "1" });
    if (!posted) throw new Error("not posted");
    // The poll's sales listing misses the sale (it landed behind the cursor), while the stock reading holds it.
    const [connection] = await db.select().from(connections).where(eq(connections.account, "lightspeed:test"));
    const cursor = z.record(z.string(), z.string()).parse(connection?.cursor);
    await db.update(connections).set({ cursor: { ...cursor, sales: new Date(Date.now() + 60_000).toISOString() } }).where(eq(connections.account, "lightspeed:test"));
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await poll()).toMatchObject({ corrected: 0 });
    expect(await onHand()).toBe(before);

    await confirmPostedSale(db, { orderId: reserved.orderId, lightspeedSaleId: posted.lightspeedSaleId, saleTimestamp: new Date(posted.saleTimestamp), now: new Date() });
    expect(await onHand()).toBe((before ?? 0) - 1);
    await db.update(connections).set({ cursor }).where(eq(connections.account, "lightspeed:test"));
    expect(await poll()).toMatchObject({ corrected: 0 });
    expect(await onHand()).toBe((before ?? 0) - 1);
  });

  it("keeps the sales rollups equal to a fresh sum of the ledger after these flows' writes", async () => {
    expect(await readSalesRollups(shop.database.db)).toEqual(await sumLedgerFresh(shop.database.db));
  });
});
