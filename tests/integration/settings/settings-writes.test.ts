import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, connections, items, safetyBuffers, settings, shopifyStores } from "@/lib/db/schema";
import { connectionHealth } from "@/lib/settings/connection-health";
import { listConnections, listItemLeadTimes, listSafetyBuffers, listStoreSettings } from "@/lib/settings/list-settings-data";
import { readSetting, readSettings } from "@/lib/settings/read-settings";
import { removeSafetyBuffer, setSafetyBuffer } from "@/lib/settings/safety-buffers";
import { setItemLeadTime } from "@/lib/settings/set-item-lead-time";
import { defaultSettings } from "@/lib/settings/setting-definitions";
import { updateSettings } from "@/lib/settings/update-settings";
import { updateStoreSettings } from "@/lib/settings/update-store-settings";
import { listInventory } from "@/lib/stock/queries/list-inventory";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedStockFixture, type StockFixture } from "../stock/stock-fixture";

describe.each(testDatabaseKinds())("settings on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: StockFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedStockFixture(database.db);
  });
  afterAll(() => database.dispose());
  beforeEach(async () => {
    await database.db.delete(auditLog);
  });

  const audits = () => database.db.select().from(auditLog).orderBy(auditLog.id);

  it("reads defaults for missing settings and for stored values that fail their schema", async () => {
    expect((await readSettings(database.db)).values).toEqual(defaultSettings);
    await database.db.insert(settings).values([
      { key: "poll_interval_seconds", value: 1 },
      { key: "edit_policy", value: "hold_for_owner" },
    ]);
    const snapshot = await readSettings(database.db);
    expect(snapshot.values).toEqual({ ...defaultSettings, edit_policy: "hold_for_owner" });
    expect(snapshot.invalid).toEqual(["poll_interval_seconds"]);
    expect(await readSetting(database.db, "edit_policy")).toBe("hold_for_owner");
  });

  it("writes only what changed, one audit row per key with before and after, and refuses bad values", async () => {
    const result = await updateSettings(
      database.db,
      { changes: { poll_interval_seconds: 10, default_lead_time_days: 14, safety_stock_days: 7, edit_policy: "lightspeed_wins" }, reason: "Quieter polling" },
      fixture.ownerId,
    );
    // The stored poll interval (1) was invalid, so 10 is written; the lead time and safety stock are unchanged defaults.
    expect(result.changed).toEqual(["poll_interval_seconds", "edit_policy"]);
    expect((await readSettings(database.db)).values).toMatchObject({ poll_interval_seconds: 10, edit_policy: "lightspeed_wins" });
    const rows = await audits();
    expect(rows.map((row) => [row.action, row.subjectId, row.before, row.after, row.reason, row.actorUserId])).toEqual([
      ["setting.update", "poll_interval_seconds", { value: 1, inForce: 5 }, { value: 10 }, "Quieter polling", fixture.ownerId],
      ["setting.update", "edit_policy", { value: "hold_for_owner", inForce: "hold_for_owner" }, { value: "lightspeed_wins" }, "Quieter polling", fixture.ownerId],
    ]);
    expect((await updateSettings(database.db, { changes: { poll_interval_seconds: 10 }, reason: null }, fixture.ownerId)).changed).toEqual([]);
    await expect(updateSettings(database.db, { changes: { poll_interval_seconds: 301 }, reason: null }, fixture.ownerId)).rejects.toThrow();
    await expect(updateSettings(database.db, { changes: { poll_interval_seconds: 1.5 }, reason: null }, fixture.ownerId)).rejects.toThrow();
    expect(await audits()).toHaveLength(2);
  });

  it("changes a store's default buffer, audited, and the sellable figure follows", async () => {
    expect(await updateStoreSettings(database.db, { storeId: fixture.outletStoreId, lightspeedShopId: fixture.shopId, defaultSafetyBuffer: 2, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unchanged" });
    expect(await updateStoreSettings(database.db, { storeId: 999, lightspeedShopId: fixture.shopId, defaultSafetyBuffer: 2, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "not-found" });
    expect(await updateStoreSettings(database.db, { storeId: fixture.outletStoreId, lightspeedShopId: 999, defaultSafetyBuffer: 1, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unknown-shop" });
    const changed = await updateStoreSettings(database.db, { storeId: fixture.outletStoreId, lightspeedShopId: fixture.shopId, defaultSafetyBuffer: 1, reason: "Fewer oversells" }, fixture.ownerId);
    expect(changed).toEqual({ changed: true, fields: ["defaultSafetyBuffer"] });
    const [audit] = await audits();
    expect(audit).toMatchObject({ action: "store.default_buffer.update", subjectType: "shopify_store", subjectId: String(fixture.outletStoreId), before: { store: "Outlet", defaultSafetyBuffer: 2 }, after: { store: "Outlet", defaultSafetyBuffer: 1 }, reason: "Fewer oversells" });
    // MUG in the outlet: 10 on hand − 3 pending − 1 = 6, which is what the outlet shows: no longer drifting.
    const mug = (await listInventory(database.db, { filter: "all", q: "MUG-BLU", page: 1 })).rows[0];
    expect(mug?.stores[1]).toMatchObject({ expected: 6, available: 6, drifting: false });
    const { stores } = await listStoreSettings(database.db);
    expect(stores.find((store) => store.id === fixture.outletStoreId)).toMatchObject({ defaultSafetyBuffer: 1, lightspeedShopName: "Main Street" });
  });

  it("adds, edits and removes per-SKU buffers, each audited with before and after", async () => {
    expect(await setSafetyBuffer(database.db, { storeId: fixture.mainStoreId, sku: "NOPE", units: 1, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unknown-sku" });
    expect(await setSafetyBuffer(database.db, { storeId: 999, sku: "MUG-BLU", units: 1, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unknown-store" });
    expect(await setSafetyBuffer(database.db, { storeId: fixture.mainStoreId, sku: "MUG-BLU", units: 2, reason: "Display piece" }, fixture.ownerId)).toEqual({ changed: true, created: true });
    expect(await setSafetyBuffer(database.db, { storeId: fixture.mainStoreId, sku: "MUG-BLU", units: 2, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unchanged" });
    expect(await setSafetyBuffer(database.db, { storeId: fixture.mainStoreId, sku: "MUG-BLU", units: 3, reason: null }, fixture.ownerId)).toEqual({ changed: true, created: false });
    const buffers = await listSafetyBuffers(database.db);
    expect(buffers.map((buffer) => [buffer.storeName, buffer.sku, buffer.units])).toEqual([
      ["Main store", "KTL-STL", 1],
      ["Main store", "MUG-BLU", 3],
    ]);
    expect(await removeSafetyBuffer(database.db, { storeId: fixture.mainStoreId, itemId: fixture.itemIds.mug, reason: "Sold the display piece" }, fixture.ownerId)).toEqual({ removed: true });
    expect(await removeSafetyBuffer(database.db, { storeId: fixture.mainStoreId, itemId: fixture.itemIds.mug, reason: null }, fixture.ownerId)).toEqual({ removed: false });
    expect(await database.db.select().from(safetyBuffers).where(eq(safetyBuffers.itemId, fixture.itemIds.mug))).toEqual([]);
    const rows = await audits();
    expect(rows.map((row) => [row.action, row.subjectId, row.before, row.after])).toEqual([
      ["safety_buffer.set", String(fixture.itemIds.mug), null, { sku: "MUG-BLU", storeId: fixture.mainStoreId, store: "Main store", units: 2 }],
      ["safety_buffer.set", String(fixture.itemIds.mug), { sku: "MUG-BLU", storeId: fixture.mainStoreId, store: "Main store", units: 2 }, { sku: "MUG-BLU", storeId: fixture.mainStoreId, store: "Main store", units: 3 }],
      [
        "safety_buffer.remove",
        String(fixture.itemIds.mug),
        { sku: "MUG-BLU", storeId: fixture.mainStoreId, store: "Main store", units: 3 },
        { sku: "MUG-BLU", storeId: fixture.mainStoreId, store: "Main store", units: null, storeDefault: 0 },
      ],
    ]);
  });

  it("sets and clears an item's lead time, audited, and lists items with their own", async () => {
    expect(await setItemLeadTime(database.db, { sku: "NOPE", leadTimeDays: 3, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unknown-sku" });
    expect(await setItemLeadTime(database.db, { sku: "MUG-BLU", leadTimeDays: 21, reason: null }, fixture.ownerId)).toEqual({ changed: false, reason: "unchanged" });
    expect(await setItemLeadTime(database.db, { sku: "KTL-STL", leadTimeDays: 10, reason: "New supplier" }, fixture.ownerId)).toEqual({ changed: true });
    expect(await setItemLeadTime(database.db, { sku: "MUG-BLU", leadTimeDays: null, reason: null }, fixture.ownerId)).toEqual({ changed: true });
    const [kettle] = await database.db.select().from(items).where(eq(items.id, fixture.itemIds.kettle));
    expect(kettle?.leadTimeDays).toBe(10);
    expect((await listItemLeadTimes(database.db, { page: 1 })).rows.map((row) => [row.sku, row.leadTimeDays])).toEqual([["KTL-STL", 10]]);
    expect((await audits()).map((row) => [row.action, row.before, row.after])).toEqual([
      ["item.lead_time.update", { sku: "KTL-STL", leadTimeDays: null }, { sku: "KTL-STL", leadTimeDays: 10 }],
      ["item.lead_time.update", { sku: "MUG-BLU", leadTimeDays: 21 }, { sku: "MUG-BLU", leadTimeDays: null }],
    ]);
  });

  it("shows each connection's health without its tokens", async () => {
    const at = new Date("2026-11-22T12:00:00Z");
    await database.db.insert(connections).values([
      { system: "lightspeed", account: "283746", refreshToken: "secret-refresh", lastSuccessAt: at },
      { system: "shopify", account: "main.myshopify.com", lastSuccessAt: at, lastErrorAt: new Date(at.getTime() + 1000), lastError: "401 Unauthorized" },
      { system: "stripe", account: "acct_1" },
    ]);
    const rows = await listConnections(database.db);
    expect(rows.map((row) => [row.system, row.health])).toEqual([
      ["lightspeed", "healthy"],
      ["shopify", "failing"],
      ["stripe", "never"],
    ]);
    expect(JSON.stringify(rows)).not.toContain("secret-refresh");
    expect(connectionHealth({ lastSuccessAt: new Date(2), lastErrorAt: new Date(1) })).toBe("healthy");
    expect(await database.db.select({ id: shopifyStores.id }).from(shopifyStores)).toHaveLength(2);
  });
});
