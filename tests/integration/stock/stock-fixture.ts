import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import {
  customers,
  items,
  lightspeedLevels,
  lightspeedShops,
  mappingProblems,
  orders,
  pendingUnits,
  safetyBuffers,
  shopifyLevels,
  shopifyStores,
  shopifyVariants,
  stockMovements,
  users,
  webhookInbox,
} from "@/lib/db/schema";

export const fixtureNow = new Date("2026-11-22T15:00:00Z");
const minutes = (count: number): Date => new Date(fixtureNow.getTime() - count * 60_000);

export type StockFixture = {
  ownerId: number;
  staffId: number;
  shopId: number;
  mainStoreId: number;
  outletStoreId: number;
  itemIds: Record<"mug" | "kettle" | "towel" | "honey", number>;
  customerId: number;
  survivorId: number;
  inboxIds: { order: number; failed: number; echo: number; processed: number };
};

/**
 * A small shop for the stock, operations and settings tests: one Lightspeed shop feeding a main store (no default
 * buffer) and an outlet (default buffer 2), four items, pending units, a per-SKU buffer, a mapping problem, a short
 * ledger with orders from every channel, and a few inbox entries.
 */
export async function seedStockFixture(db: Database): Promise<StockFixture> {
  const [owner, staff] = await db
    .insert(users)
    .values([
      { email: "owner@example.com", name: "Olivia Owner", role: "owner", passwordHash: "x" },
      { email: "staff@example.com", name: "Sam Staff", role: "staff", passwordHash: "x" },
    ])
    .returning({ id: users.id });
  const [shop] = await db.insert(lightspeedShops).values({ lightspeedShopId: "1", name: "Main Street", timeZone: "America/New_York" }).returning({ id: lightspeedShops.id });
  if (!owner || !staff || !shop) throw new Error("fixture: users or shop missing");
  const [main, outlet] = await db
    .insert(shopifyStores)
    .values([
      { domain: "main.myshopify.com", name: "Main store", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/1", defaultSafetyBuffer: 0 },
      { domain: "outlet.myshopify.com", name: "Outlet", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/2", defaultSafetyBuffer: 2 },
    ])
    .returning({ id: shopifyStores.id });
  if (!main || !outlet) throw new Error("fixture: stores missing");
  const itemRows = await db
    .insert(items)
    .values([
      { sku: "MUG-BLU", name: "Stoneware Mug", variantName: "Blue", category: "Mugs", priceCents: 2400, costCents: 900, lightspeedReorderPoint: 4, leadTimeDays: 21 },
      { sku: "KTL-STL", name: "Stovetop Kettle", category: "Kitchen", priceCents: 6500, costCents: 3000, lightspeedReorderPoint: 3 },
      { sku: "TWL-100%", name: "Tea Towel", category: "Linens", priceCents: 1200, costCents: 400 },
      { sku: "HNY-JAR", name: "Local Honey", category: "Pantry", priceCents: 1400, costCents: 700, lightspeedReorderPoint: 5 },
    ])
    .returning({ id: items.id, sku: items.sku });
  const idOf = (sku: string): number => {
    const id = itemRows.find((row) => row.sku === sku)?.id;
    if (id === undefined) throw new Error(`fixture: ${sku} missing`);
    return id;
  };
  const itemIds = { mug: idOf("MUG-BLU"), kettle: idOf("KTL-STL"), towel: idOf("TWL-100%"), honey: idOf("HNY-JAR") };

  await db.insert(lightspeedLevels).values([
    { itemId: itemIds.mug, lightspeedShopId: shop.id, onHand: 10, sourceTimestamp: minutes(30), observedAt: minutes(1) },
    { itemId: itemIds.kettle, lightspeedShopId: shop.id, onHand: 3, sourceTimestamp: minutes(300), observedAt: minutes(1) },
    { itemId: itemIds.towel, lightspeedShopId: shop.id, onHand: 20, sourceTimestamp: minutes(60), observedAt: minutes(1) },
    { itemId: itemIds.honey, lightspeedShopId: shop.id, onHand: 5, sourceTimestamp: minutes(90), observedAt: minutes(1) },
  ]);
  await db.insert(shopifyVariants).values([
    { storeId: main.id, itemId: itemIds.mug, sku: "MUG-BLU", productId: "p1", variantId: "v1", inventoryItemId: "i1", title: "Blue" },
    { storeId: outlet.id, itemId: itemIds.mug, sku: "MUG-BLU", productId: "p2", variantId: "v2", inventoryItemId: "i2", title: "Blue (seconds)" },
    { storeId: main.id, itemId: itemIds.kettle, sku: "KTL-STL", productId: "p3", variantId: "v3", inventoryItemId: "i3", title: "Default Title" },
    { storeId: main.id, itemId: itemIds.towel, sku: "TWL-100%", productId: "p4", variantId: "v4", inventoryItemId: "i4", title: "Default Title" },
    { storeId: outlet.id, itemId: null, sku: "twl-100%", productId: "p5", variantId: "v5", inventoryItemId: "i5", title: "Towel (case differs)" },
  ]);
  await db.insert(mappingProblems).values({ kind: "ambiguous", system: "shopify", storeId: outlet.id, sku: "twl-100%", externalId: "i5", detail: "Matches TWL-100% only when case is ignored" });
  await db.insert(safetyBuffers).values({ storeId: main.id, itemId: itemIds.kettle, units: 1 });

  const [customer, merged] = await db
    .insert(customers)
    .values([
      { displayName: "Ann Buyer", email: "ann@example.com" },
      { displayName: "Ann B.", email: "ann.b@example.com" },
    ])
    .returning({ id: customers.id });
  if (!customer || !merged) throw new Error("fixture: customers missing");
  await db.update(customers).set({ mergedIntoId: customer.id }).where(eq(customers.id, merged.id));

  const orderRows = await db
    .insert(orders)
    .values([
      { channel: "in_store", sourceKey: "lightspeed:sale:101", status: "posted", currency: "USD", subtotalCents: 2400, totalCents: 2400, lightspeedSaleId: "101", placedAt: minutes(240), postedAt: minutes(240) },
      { channel: "shopify", sourceKey: "shopify:main.myshopify.com:order:5550001", shopifyStoreId: main.id, customerId: merged.id, status: "posted", currency: "USD", subtotalCents: 4800, totalCents: 4800, shopifyOrderId: "5550001", placedAt: minutes(120), postedAt: minutes(119) },
      { channel: "stripe", sourceKey: "stripe:pi_fixture1", status: "pending", currency: "USD", subtotalCents: 7200, totalCents: 7200, stripePaymentIntentId: "pi_fixture1", placedAt: minutes(10) },
    ])
    .returning({ id: orders.id, sourceKey: orders.sourceKey });
  const orderId = (sourceKey: string): number => {
    const id = orderRows.find((row) => row.sourceKey === sourceKey)?.id;
    if (id === undefined) throw new Error(`fixture: order ${sourceKey} missing`);
    return id;
  };
  // MUG: count 13 → store sale −1 (12) → Shopify order −2 (10) → Stripe payment −3 pending.
  await db.insert(stockMovements).values([
    { sourceSystem: "lightspeed", sourceEventId: "lightspeed:inventory-count:1", kind: "count", itemId: itemIds.mug, sku: "MUG-BLU", lightspeedShopId: shop.id, delta: 0, resultingLevel: 13, postedToLightspeed: true, postedAt: minutes(600), at: minutes(600) },
    { sourceSystem: "lightspeed", sourceEventId: "lightspeed:sale:101", kind: "store_sale", itemId: itemIds.mug, sku: "MUG-BLU", lightspeedShopId: shop.id, delta: -1, resultingLevel: 12, orderId: orderId("lightspeed:sale:101"), postedToLightspeed: true, postedAt: minutes(240), at: minutes(240) },
    { sourceSystem: "shopify", sourceEventId: "shopify:main.myshopify.com:order:5550001", kind: "online_order", itemId: itemIds.mug, sku: "MUG-BLU", lightspeedShopId: shop.id, delta: -2, resultingLevel: 10, orderId: orderId("shopify:main.myshopify.com:order:5550001"), postedToLightspeed: true, postedAt: minutes(119), at: minutes(120) },
    { sourceSystem: "stripe", sourceEventId: "stripe:pi_fixture1", kind: "online_order", itemId: itemIds.mug, sku: "MUG-BLU", lightspeedShopId: shop.id, delta: -3, resultingLevel: null, orderId: orderId("stripe:pi_fixture1"), postedToLightspeed: false, note: "Waiting to be posted to Lightspeed", at: minutes(10) },
  ]);
  await db.insert(pendingUnits).values([
    { orderId: orderId("stripe:pi_fixture1"), itemId: itemIds.mug, lightspeedShopId: shop.id, quantity: 3, createdAt: minutes(10) },
    // Released when the Shopify order was posted: no longer subtracted.
    { orderId: orderId("shopify:main.myshopify.com:order:5550001"), itemId: itemIds.mug, lightspeedShopId: shop.id, quantity: 2, createdAt: minutes(120), releasedAt: minutes(119) },
  ]);
  // MUG sellable: main 10 − 3 − 0 = 7 (shows 7), outlet 10 − 3 − 2 = 5 (shows 6: drift).
  // KETTLE: main 3 − 0 − 1 = 2 (shows 2). TOWEL: main 20 (shows 20).
  await db.insert(shopifyLevels).values([
    { itemId: itemIds.mug, storeId: main.id, available: 7, observedAt: minutes(2) },
    { itemId: itemIds.mug, storeId: outlet.id, available: 6, observedAt: minutes(3) },
    { itemId: itemIds.kettle, storeId: main.id, available: 2, observedAt: minutes(4) },
    { itemId: itemIds.towel, storeId: main.id, available: 20, observedAt: minutes(5) },
  ]);

  const inbox = await db
    .insert(webhookInbox)
    .values([
      {
        provider: "shopify",
        providerEventId: "wh-order-1",
        topic: "orders/create",
        shopDomain: "main.myshopify.com",
        headers: { "x-shopify-topic": "orders/create", "x-shopify-shop-domain": "main.myshopify.com", "x-shopify-hmac-sha256": "c2VjcmV0" },
        rawBody: JSON.stringify({ id: 5550001, line_items: [{ id: 1, sku: "MUG-BLU", quantity: 2 }] }),
        status: "processed",
        attempts: 1,
        receivedAt: minutes(120),
      },
      {
        provider: "shopify",
        providerEventId: "wh-failed-1",
        topic: "customers/update",
        shopDomain: "main.myshopify.com",
        headers: { "x-shopify-topic": "customers/update" },
        rawBody: JSON.stringify({ id: 77, email: "ann@example.com" }),
        status: "failed",
        attempts: 5,
        lastError: "Lightspeed PUT Customer: 503",
        receivedAt: minutes(50),
        sentAt: minutes(50),
        finishedAt: minutes(20),
      },
      {
        provider: "shopify",
        providerEventId: "wh-echo-1",
        topic: "inventory_levels/update",
        shopDomain: "main.myshopify.com",
        headers: { "x-shopify-topic": "inventory_levels/update" },
        rawBody: JSON.stringify({ inventory_item_id: 1, available: 7 }),
        status: "ignored",
        statusReason: "Echo of the portal's own write",
        attempts: 1,
        receivedAt: minutes(8),
      },
      {
        provider: "stripe",
        providerEventId: "evt_fixture1",
        topic: "payment_intent.succeeded",
        headers: { "content-type": "application/json" },
        rawBody: JSON.stringify({ id: "evt_fixture1", type: "payment_intent.succeeded", data: { object: { id: "pi_fixture1", client_secret: "pi_fixture1_secret_abc" } } }),
        status: "processed",
        attempts: 1,
        receivedAt: minutes(10),
      },
    ])
    .returning({ id: webhookInbox.id, providerEventId: webhookInbox.providerEventId });
  const inboxId = (eventId: string): number => {
    const id = inbox.find((row) => row.providerEventId === eventId)?.id;
    if (id === undefined) throw new Error(`fixture: inbox ${eventId} missing`);
    return id;
  };
  return {
    ownerId: owner.id,
    staffId: staff.id,
    shopId: shop.id,
    mainStoreId: main.id,
    outletStoreId: outlet.id,
    itemIds,
    customerId: merged.id,
    survivorId: customer.id,
    inboxIds: { order: inboxId("wh-order-1"), failed: inboxId("wh-failed-1"), echo: inboxId("wh-echo-1"), processed: inboxId("evt_fixture1") },
  };
}
