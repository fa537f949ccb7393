import { and, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { attentionItems, auditLog, driftReports, lightspeedLevels, reconciliationRuns, shopifyVariants, stockMovements, users } from "@/lib/db/schema";
import { overrideOnHand } from "@/lib/reconcile/override-on-hand";
import { repairDrift } from "@/lib/reconcile/repair-drift";
import { resolveAttentionItem } from "@/lib/reconcile/resolve-attention-item";
import { createReconciliationRun } from "@/lib/reconcile/reconciliation-run";
import { runFullReconciliation } from "@/lib/reconcile/run-full-reconciliation";
import { loadItemStoreTargets } from "@/lib/stock/load-item-store-targets";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { recordStoreDrift } from "@/lib/stock/record-store-drift";
import { testDatabaseKinds } from "../../support/test-database";
import { startSandboxShop, type SandboxShop } from "../stock/sandbox-shop";

const account = "lightspeed:test";

describe.each(testDatabaseKinds())("reconciliation against the sandbox on %s", (kind) => {
  let shop: SandboxShop;
  const poll = () => pollLightspeed(shop.database.db, shop.lightspeed, { account, currency: "USD", now: () => new Date(), changesSentThrough: null });
  const reconcile = async (chunkSize?: number) => {
    const runId = await createReconciliationRun(shop.database.db, { triggeredBy: null, now: new Date() });
    const result = await runFullReconciliation(shop.database.db, shop, { runId, account, currency: "USD", ...(chunkSize ? { chunkSize } : {}) });
    const reports = await shop.database.db.select().from(driftReports).where(eq(driftReports.reconciliationRunId, runId));
    const [run] = await shop.database.db.select().from(reconciliationRuns).where(eq(reconciliationRuns.id, runId));
    return { runId, result, reports, run };
  };
  /** What each store really shows for the item, against its sellable figure. */
  const storeFigures = async (itemId: number) =>
    Promise.all(
      (await loadItemStoreTargets(shop.database.db, [itemId])).map(async (target) => {
        const read = await shop.shopify.get(target.domain)?.readItemLevels({ inventoryItemIds: [target.inventoryItemId], locationId: target.locationId });
        return { storeId: target.storeId, expected: target.expected, actual: read?.ok ? (read.value[0]?.available ?? null) : null };
      }),
    );
  const ownerId = async () => (await shop.database.db.select({ id: users.id }).from(users).where(eq(users.role, "owner")).orderBy(users.id))[0]?.id ?? 0;
  const variantOf = async (itemId: number, storeId: number) =>
    (await shop.database.db.select().from(shopifyVariants).where(and(eq(shopifyVariants.itemId, itemId), eq(shopifyVariants.storeId, storeId))))[0];

  beforeAll(async () => {
    shop = await startSandboxShop(kind);
    // The poll's first run sets its cursors; the first reconciliation clears the drift the demo carries on purpose.
    await poll();
    await reconcile();
  }, 180_000);

  afterAll(() => shop?.close());

  it("finds exactly the SKUs changed behind the portal's back, with their causes, repairs them, and then finds nothing", async () => {
    const db = shop.database.db;
    const [edited, sold] = await shop.pickItems(2);
    if (!edited || !sold) throw new Error("the demo shop has too few items");
    const [storeA, storeB] = shop.stores;
    if (!storeA || !storeB) throw new Error("the demo shop has fewer than two stores");

    // Someone edits the first SKU in store A's admin; the second is sold at the till and not polled yet.
    const editedVariant = await variantOf(edited.id, storeA.id);
    const [before] = (await storeFigures(edited.id)).filter((figure) => figure.storeId === storeA.id);
    await shop.control("shopify", `stores/${storeA.domain}/levels`, { variantId: editedVariant?.variantId, available: (before?.expected ?? 0) + 7 });
    const [soldLevel] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, sold.id));
    await shop.control("lightspeed", "till-sale", { lines: [{ itemID: Number(sold.lightspeedItemId), quantity: 1 }] });
    // Readings of the last second wait for the poll (they may include a sale not seen yet).
    await new Promise((resolve) => setTimeout(resolve, 1_200));

    const progress: number[] = [];
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        const [running] = await db.select({ checked: reconciliationRuns.checkedSkus }).from(reconciliationRuns).where(eq(reconciliationRuns.status, "running"));
        if (running) progress.push(running.checked);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    // Small chunks, so the watcher sees the progress move between them.
    const first = await reconcile(20);
    watching = false;
    await watcher;

    expect(new Set(first.reports.map((report) => report.itemId))).toEqual(new Set([edited.id, sold.id]));
    const editedReports = first.reports.filter((report) => report.itemId === edited.id);
    expect(editedReports).toHaveLength(1);
    expect(editedReports[0]).toMatchObject({ system: "shopify", shopifyStoreId: storeA.id, actual: (before?.expected ?? 0) + 7, expected: before?.expected });
    expect(editedReports[0]?.cause).toMatch(/^Store shows \d+, sellable is \d+: changed in Shopify/);

    const soldLightspeed = first.reports.filter((report) => report.itemId === sold.id && report.system === "lightspeed");
    expect(soldLightspeed).toHaveLength(1);
    expect(soldLightspeed[0]).toMatchObject({ expected: soldLevel?.onHand, actual: (soldLevel?.onHand ?? 0) - 1 });
    expect(soldLightspeed[0]?.cause).toContain(`Lightspeed on-hand ${(soldLevel?.onHand ?? 0) - 1} differs from the portal's ${soldLevel?.onHand}: a till sale the poll had not applied yet`);
    const soldStores = first.reports.filter((report) => report.itemId === sold.id && report.system === "shopify");
    expect(soldStores.length).toBeGreaterThan(0);
    for (const report of soldStores) expect(report.cause).toContain("Lightspeed's on-hand changed");
    expect(first.reports.every((report) => report.repairedAt !== null)).toBe(true);

    // The till sale is in the ledger as a sale (not a correction), once.
    const soldLedger = await db.select().from(stockMovements).where(eq(stockMovements.itemId, sold.id)).orderBy(stockMovements.at, stockMovements.id);
    expect(soldLedger.at(-1)).toMatchObject({ kind: "store_sale", delta: -1, resultingLevel: (soldLevel?.onHand ?? 0) - 1 });
    expect(await poll()).toMatchObject({ tillSales: 0, corrected: 0 });

    // Every store shows its sellable figure again.
    for (const itemId of [edited.id, sold.id]) {
      for (const figure of await storeFigures(itemId)) expect(figure.actual).toBe(figure.expected);
    }

    // Progress was written as it went and reached the total.
    expect(first.run).toMatchObject({ status: "completed", driftingSkus: 2 });
    expect(first.run?.checkedSkus).toBe(first.run?.totalSkus);
    expect(first.run?.totalSkus).toBeGreaterThan(200);
    expect(progress.some((checked) => checked > 0 && checked < (first.run?.totalSkus ?? 0))).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    // Open reports from before (the demo's) are closed once their store shows its sellable figure.
    const openStoreDrift = await db.select().from(driftReports).where(and(eq(driftReports.system, "shopify"), isNull(driftReports.repairedAt)));
    expect(openStoreDrift).toEqual([]);

    const second = await reconcile();
    expect(second.reports).toEqual([]);
    expect(second.run).toMatchObject({ status: "completed", driftingSkus: 0 });
    expect(second.run?.checkedSkus).toBe(second.run?.totalSkus);
  }, 180_000);

  it("reads every store while Lightspeed is still being read, not after it", async () => {
    const finished = "bulk_operations/finish";
    const drain = async (): Promise<void> => {
      for (let more = true; more; ) more = await shop.nextDelivery(finished, 500).then(() => true, () => false);
    };
    await drain();
    await shop.control("lightspeed", "latency", { ms: 1_000 });
    try {
      await reconcile();
    } finally {
      await shop.control("lightspeed", "latency", { ms: 0 });
    }
    const log = z.array(z.object({ path: z.string(), at: z.string() })).parse(await (await fetch(`${shop.sandbox.controlUrls.lightspeed}/requests?since=0`)).json());
    const lastItemShopRead = Math.max(...log.filter((request) => request.path.endsWith("/ItemShop.json")).map((request) => Date.parse(request.at)));
    const payload = z.object({ created_at: z.string() });
    for (const _store of shop.stores) {
      const startedAt = Date.parse(payload.parse(JSON.parse((await shop.nextDelivery(finished)).body)).created_at);
      expect(startedAt).toBeLessThan(lastItemShopRead - 1_000);
    }
  }, 180_000);

  it("repairs open drift for a selection, marking who repaired it", async () => {
    const db = shop.database.db;
    const [item] = await shop.pickItems(1);
    const store = shop.stores[1];
    if (!item || !store) throw new Error("no item");
    const [target] = (await storeFigures(item.id)).filter((figure) => figure.storeId === store.id);
    const variant = await variantOf(item.id, store.id);
    await shop.control("shopify", `stores/${store.domain}/levels`, { variantId: variant?.variantId, delta: 3 });
    await recordStoreDrift(db, { itemId: item.id, storeId: store.id, expected: target?.expected ?? 0, actual: (target?.actual ?? 0) + 3, cause: "Changed in Shopify", repaired: false, now: new Date() });

    const owner = await ownerId();
    const repaired = await repairDrift(db, shop.shopify, { itemIds: [item.id] }, { userId: owner });
    expect(repaired).toMatchObject({ items: 1, repaired: 1, stillOpen: 0, rejected: [] });
    const [report] = await db.select().from(driftReports).where(and(eq(driftReports.itemId, item.id), eq(driftReports.shopifyStoreId, store.id))).orderBy(driftReports.id);
    expect(report?.repairedAt).not.toBeNull();
    for (const figure of await storeFigures(item.id)) expect(figure.actual).toBe(figure.expected);
    const audits = await db.select().from(auditLog).where(eq(auditLog.action, "drift.repair"));
    expect(audits.at(-1)).toMatchObject({ subjectId: String(item.id) });
  });

  it("an override is kept in the ledger as pending with its reason, audited, leaving the on-hand to Lightspeed; a resolved attention item leaves the queue", async () => {
    const db = shop.database.db;
    const [item] = await shop.pickItems(1);
    if (!item) throw new Error("no item");
    const [level] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, item.id));
    const result = await overrideOnHand(db, { sku: item.sku, lightspeedShopId: level?.lightspeedShopId ?? 0, onHand: (level?.onHand ?? 0) + 4, reason: "Counted the back room" }, { userId: await ownerId() });
    expect(result).toMatchObject({ changed: true, before: level?.onHand, counted: (level?.onHand ?? 0) + 4, delta: 4 });
    const [movement] = await db.select().from(stockMovements).where(and(eq(stockMovements.itemId, item.id), eq(stockMovements.kind, "override")));
    expect(movement).toMatchObject({ delta: 4, resultingLevel: (level?.onHand ?? 0) + 4, postedToLightspeed: false, sourceSystem: "portal" });
    expect(movement?.note).toContain("Counted the back room");
    const [after] = await db.select().from(lightspeedLevels).where(eq(lightspeedLevels.itemId, item.id));
    expect(after?.onHand).toBe(level?.onHand);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, "stock.override"), eq(auditLog.subjectId, String(item.id))));
    expect(audit).toMatchObject({ reason: "Counted the back room", actorUserId: await ownerId() });
    expect(await overrideOnHand(db, { sku: "NO-SUCH-SKU", lightspeedShopId: 1, onHand: 1, reason: "x" }, { userId: await ownerId() })).toMatchObject({ changed: false, reason: "unknown-sku" });

    const open = await db.select().from(attentionItems).where(inArray(attentionItems.kind, ["payment_without_lines", "unmapped_sku"]));
    const first = open.find((row) => row.resolvedAt === null);
    if (!first) throw new Error("the demo has no open attention item");
    expect(await resolveAttentionItem(db, { attentionItemId: first.id, resolution: "Assigned to order 1001" }, { userId: await ownerId() })).toBe(true);
    expect(await resolveAttentionItem(db, { attentionItemId: first.id, resolution: "again" }, { userId: await ownerId() })).toBe(false);
    const [closed] = await db.select().from(attentionItems).where(eq(attentionItems.id, first.id));
    expect(closed).toMatchObject({ resolution: "Assigned to order 1001", resolvedBy: await ownerId() });
  });
});
