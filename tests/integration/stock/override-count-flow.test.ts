import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lightspeedLevels, stockMovements, users } from "@/lib/db/schema";
import { confirmOverrideCount } from "@/lib/reconcile/confirm-override-count";
import { overrideOnHand } from "@/lib/reconcile/override-on-hand";
import { postOverrideCount } from "@/lib/reconcile/post-override-count";
import { loadItemStoreTargets } from "@/lib/stock/load-item-store-targets";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { pushSellableToStores } from "@/lib/stock/push-sellable-to-stores";
import { testDatabaseKinds } from "../../support/test-database";
import { startSandboxShop, type SandboxShop } from "./sandbox-shop";

describe.each(testDatabaseKinds())("an owner's override posted to Lightspeed as a count, on %s", (kind) => {
  let shop: SandboxShop;
  let item = { id: 0, sku: "", lightspeedItemId: "" };
  const poll = () => pollLightspeed(shop.database.db, shop.lightspeed, { account: "lightspeed:test", currency: "USD", now: () => new Date(), changesSentThrough: null });

  beforeAll(async () => {
    shop = await startSandboxShop(kind);
    const [picked] = await shop.pickItems(1);
    item = { id: picked?.id ?? 0, sku: picked?.sku ?? "", lightspeedItemId: picked?.lightspeedItemId ?? "" };
    await pushSellableToStores(shop.database.db, shop.shopify, [item.id]);
    await poll();
  }, 120_000);

  afterAll(() => shop?.close());

  /** Each store's sellable figure for the item and what the store really shows. */
  const storeFigures = async () =>
    Promise.all(
      (await loadItemStoreTargets(shop.database.db, [item.id])).map(async (target) => {
        const read = await shop.shopify.get(target.domain)?.readItemLevels({ inventoryItemIds: [target.inventoryItemId], locationId: target.locationId });
        return { domain: target.domain, expected: target.expected, actual: read?.ok ? (read.value[0]?.available ?? null) : null };
      }),
    );
  /** What Lightspeed holds for the item in its shop. */
  const lightspeedQoh = async () => {
    for await (const row of shop.lightspeed.listItemShops()) if (row.itemId === item.lightspeedItemId) return row;
    return null;
  };
  const reconcilePosts = async () => {
    const response = await fetch(`${shop.sandbox.controlUrls.lightspeed}/requests`);
    const log = (await response.json()) as Array<{ method: string; path: string }>;
    return log.filter((entry) => entry.method === "POST" && entry.path.endsWith("/InventoryCountReconcile.json")).length;
  };

  it("stays pending until Lightspeed reconciles the count once, then moves the on-hand and every store", async () => {
    const db = shop.database.db;
    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.role, "owner"));
    const [level] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, item.id));
    const before = level?.onHand ?? 0;
    const storesBefore = await storeFigures();
    const recorded = await overrideOnHand(db, { sku: item.sku, lightspeedShopId: level?.lightspeedShopId ?? 0, onHand: before + 3, reason: "Found a box in the back" }, { userId: owner?.id ?? 0 });
    if (!recorded.changed) throw new Error("the override changed nothing");

    // Pending: the ledger has the count, Lightspeed and the portal's on-hand do not yet.
    const pendingRow = (await db.select().from(stockMovements).where(eq(stockMovements.id, recorded.movementId)))[0];
    expect(pendingRow).toMatchObject({ kind: "override", delta: 3, resultingLevel: before + 3, postedToLightspeed: false });
    expect((await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, item.id)))[0]?.onHand).toBe(before);
    expect((await lightspeedQoh())?.qoh).toBe(before);

    // The answer to the reconcile is lost: the connector finds it applied instead of reconciling again.
    await shop.control("lightspeed", "faults", { kind: "lost-response", method: "POST", path: "/InventoryCountReconcile.json", count: 1 });
    const posted = await postOverrideCount(db, shop.lightspeed, recorded.movementId, { employeeId: "1" });
    if (!posted.posted) throw new Error(`not posted: ${posted.reason}`);
    expect(posted.count).toMatchObject({ counted: before + 3, qohChange: 3 });
    expect((await lightspeedQoh())?.qoh).toBe(before + 3);
    // A retried step (it crashed before confirming) finds the same count and posts nothing.
    const retried = await postOverrideCount(db, shop.lightspeed, recorded.movementId, { employeeId: "1" });
    expect(retried).toMatchObject({ posted: true, count: { inventoryCountId: posted.count.inventoryCountId } });
    expect(await reconcilePosts()).toBe(1);

    expect(await confirmOverrideCount(db, { movementId: recorded.movementId, count: posted.count, now: new Date() })).toEqual({ confirmed: true, itemId: item.id });
    expect(await confirmOverrideCount(db, { movementId: recorded.movementId, count: posted.count, now: new Date() })).toEqual({ confirmed: false, itemId: item.id });
    expect(await postOverrideCount(db, shop.lightspeed, recorded.movementId, { employeeId: "1" })).toEqual({ posted: false, reason: "already-posted" });
    const postedRow = (await db.select().from(stockMovements).where(eq(stockMovements.id, recorded.movementId)))[0];
    expect(postedRow).toMatchObject({ delta: 3, resultingLevel: before + 3, postedToLightspeed: true });
    expect(postedRow?.note).toContain(`Lightspeed inventory count ${posted.count.inventoryCountId}`);
    expect((await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, item.id)))[0]?.onHand).toBe(before + 3);

    // Then every store: each at its sellable figure, three more than before.
    await pushSellableToStores(db, shop.shopify, [item.id]);
    const storesAfter = await storeFigures();
    expect(storesAfter).toHaveLength(2);
    for (const figure of storesAfter) {
      expect(figure.actual).toBe(figure.expected);
      expect(figure.expected).toBe((storesBefore.find((b) => b.domain === figure.domain)?.expected ?? 0) + 3);
    }

    // Lightspeed's reading agrees with the ledger: the next poll corrects nothing.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await poll()).toMatchObject({ corrected: 0 });
    const corrections = await db.select().from(stockMovements).where(and(eq(stockMovements.itemId, item.id), eq(stockMovements.kind, "correction")));
    expect(corrections.filter((row) => row.at.getTime() > (pendingRow?.at.getTime() ?? 0))).toEqual([]);
  });
});
