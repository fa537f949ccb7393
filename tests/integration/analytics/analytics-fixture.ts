import type { Database } from "@/lib/db/open-database";
import {
  connections,
  customers,
  driftReports,
  items,
  lightspeedLevels,
  lightspeedShops,
  orderLines,
  orders,
  pendingUnits,
  refundLines,
  refunds,
  settings,
  shopifyStores,
} from "@/lib/db/schema";

/**
 * A tiny shop whose every figure is worked out by hand in the tests. The shop is in America/New_York; `now` is
 * 2026-03-20 12:00 there (EDT, UTC−4 since 8 March), so the shop's days start at 04:00Z (05:00Z before 8 March).
 *
 * Orders (placed at, channel, customer, lines, refunds):
 *   o1 2026-03-10T15:00Z in store,  Ann        MUG-1 ×3 @1000, BEAN-1 ×2 @1500, tax 420 → 6420; refund 1070 (MUG-1 ×1, restocked)
 *   o2 2026-03-15T03:30Z north,     Ann (dup)  MUG-1 ×1 @1000 → 1000 (placed 14 March, 23:30 local); refund 1000 (not restocked)
 *   o3 2026-03-20T03:59Z south,     Bob        BEAN-1 ×4 @1500 → 6000 (19 March, 23:59 local)
 *   o4 2026-03-20T14:00Z stripe,    Ann (dup²) BEAN-1 ×2 @1500 → 3000, pending (2 open pending units)
 *   o5 2026-02-01T12:00Z in store,  nobody     SLOW-1 ×1 @4000 → 4000 (outside every window)
 *   o6 2026-03-18T12:00Z stripe,    Bob        no lines, 4800, needs attention
 *   o7 2026-03-01T05:00Z in store,  Bob        MUG-1 ×2 @1000 → 2000 (midnight local: first moment of 1 March)
 *   o8 2026-03-01T04:59:59Z in store, nobody   BEAN-1 ×1 @1500 → 1500 (28 February, 23:59:59 local)
 *   o9 2026-03-05T15:00Z in store,  Bob        VASE-1 ×1 @3000 → 3000
 */
export const fixtureNow = new Date("2026-03-20T16:00:00Z");
export const fixtureTimeZone = "America/New_York";

export type AnalyticsFixture = {
  storeIds: { north: number; south: number };
  customerIds: { ann: number; annDuplicate: number; annSecondDuplicate: number; bob: number; cy: number };
  orderIds: Record<"o1" | "o2" | "o3" | "o4" | "o5" | "o6" | "o7" | "o8" | "o9", number>;
};

type LineSpec = { sku: string; quantity: number; unitPriceCents: number };

export async function seedAnalyticsFixture(db: Database): Promise<AnalyticsFixture> {
  const [shop] = await db.insert(lightspeedShops).values({ lightspeedShopId: "1", name: "Main Street", timeZone: fixtureTimeZone }).returning({ id: lightspeedShops.id });
  if (!shop) throw new Error("no shop");
  const stores = await db
    .insert(shopifyStores)
    .values([
      { domain: "north.myshopify.com", name: "North Store", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/1" },
      { domain: "south.myshopify.com", name: "South Store", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/2" },
    ])
    .returning({ id: shopifyStores.id, domain: shopifyStores.domain });
  const storeId = (domain: string): number => {
    const id = stores.find((store) => store.domain === domain)?.id;
    if (id === undefined) throw new Error(`no store ${domain}`);
    return id;
  };
  const north = storeId("north.myshopify.com");
  const south = storeId("south.myshopify.com");

  const itemRows = await db
    .insert(items)
    .values([
      { sku: "MUG-1", name: "Mug", category: "Mugs", priceCents: 1000, costCents: 500, leadTimeDays: 10, lightspeedReorderPoint: 5 },
      { sku: "BEAN-1", name: "Beans", variantName: "12 oz", category: "Coffee", priceCents: 1500, costCents: 800, leadTimeDays: null, lightspeedReorderPoint: null },
      { sku: "SLOW-1", name: "Siphon", category: "Mugs", priceCents: 4000, costCents: 2000, leadTimeDays: null, lightspeedReorderPoint: 1 },
      { sku: "GONE-1", name: "Gone", category: "Coffee", priceCents: 900, costCents: 400, leadTimeDays: null, lightspeedReorderPoint: 3 },
      { sku: "VASE-1", name: "=HYPERLINK(\"x\")", category: "Gifts", supplier: "-Potter, \"Ltd\"", priceCents: 3000, costCents: 1000, leadTimeDays: 30, lightspeedReorderPoint: null },
    ])
    .returning({ id: items.id, sku: items.sku });
  const itemId = (sku: string): number => {
    const id = itemRows.find((row) => row.sku === sku)?.id;
    if (id === undefined) throw new Error(`no item ${sku}`);
    return id;
  };
  await db.insert(lightspeedLevels).values(
    [
      ["MUG-1", 2],
      ["BEAN-1", 9],
      ["SLOW-1", 12],
      ["GONE-1", 0],
      ["VASE-1", 100],
    ].map(([sku, onHand]) => ({ itemId: itemId(String(sku)), lightspeedShopId: shop.id, onHand: Number(onHand), sourceTimestamp: fixtureNow })),
  );
  await db.insert(settings).values([
    { key: "default_lead_time_days", value: 14 },
    { key: "safety_stock_days", value: 7 },
  ]);

  const [ann] = await db.insert(customers).values({ displayName: "Ann Archer", email: "ann@example.com" }).returning({ id: customers.id });
  const [bob] = await db.insert(customers).values({ displayName: "Bob Baker", email: "bob@example.com" }).returning({ id: customers.id });
  const [cy] = await db.insert(customers).values({ displayName: "Cy Nobuys" }).returning({ id: customers.id });
  if (!ann || !bob || !cy) throw new Error("no customers");
  const [annDuplicate] = await db.insert(customers).values({ displayName: "A. Archer", mergedIntoId: ann.id }).returning({ id: customers.id });
  if (!annDuplicate) throw new Error("no duplicate");
  const [annSecondDuplicate] = await db.insert(customers).values({ displayName: "Ann A", mergedIntoId: annDuplicate.id }).returning({ id: customers.id });
  if (!annSecondDuplicate) throw new Error("no second duplicate");

  const insertOrder = async (spec: {
    key: string;
    channel: "in_store" | "shopify" | "stripe";
    storeId?: number;
    customerId: number | null;
    placedAt: string;
    status?: "posted" | "pending" | "needs_attention" | "refunded" | "partially_refunded";
    lines: LineSpec[];
    taxCents?: number;
    totalCents?: number;
  }): Promise<{ id: number; lineIds: Map<string, number> }> => {
    const subtotalCents = spec.lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const taxCents = spec.taxCents ?? 0;
    const [order] = await db
      .insert(orders)
      .values({
        channel: spec.channel,
        sourceKey: `test:${spec.key}`,
        shopifyStoreId: spec.storeId ?? null,
        customerId: spec.customerId,
        status: spec.status ?? "posted",
        currency: "USD",
        subtotalCents,
        taxCents,
        totalCents: spec.totalCents ?? subtotalCents + taxCents,
        placedAt: new Date(spec.placedAt),
      })
      .returning({ id: orders.id });
    if (!order) throw new Error("no order");
    const lineIds = new Map<string, number>();
    for (const line of spec.lines) {
      const [row] = await db
        .insert(orderLines)
        .values({ orderId: order.id, itemId: itemId(line.sku), sku: line.sku, name: line.sku, quantity: line.quantity, unitPriceCents: line.unitPriceCents, totalCents: line.quantity * line.unitPriceCents })
        .returning({ id: orderLines.id });
      if (row) lineIds.set(line.sku, row.id);
    }
    return { id: order.id, lineIds };
  };
  const insertRefund = async (order: { id: number; lineIds: Map<string, number> }, spec: { key: string; channel: "in_store" | "shopify" | "stripe"; amountCents: number; lines: Array<{ sku: string; quantity: number; amountCents: number; restock: boolean }> }) => {
    const [refund] = await db
      .insert(refunds)
      .values({ orderId: order.id, channel: spec.channel, sourceKey: `test:${spec.key}`, amountCents: spec.amountCents, createdAt: new Date("2026-03-16T12:00:00Z") })
      .returning({ id: refunds.id });
    if (!refund) throw new Error("no refund");
    for (const line of spec.lines) {
      await db.insert(refundLines).values({ refundId: refund.id, orderLineId: order.lineIds.get(line.sku) ?? null, itemId: itemId(line.sku), sku: line.sku, quantity: line.quantity, amountCents: line.amountCents, restock: line.restock });
    }
  };

  const o1 = await insertOrder({ key: "o1", channel: "in_store", customerId: ann.id, placedAt: "2026-03-10T15:00:00Z", status: "partially_refunded", taxCents: 420, lines: [{ sku: "MUG-1", quantity: 3, unitPriceCents: 1000 }, { sku: "BEAN-1", quantity: 2, unitPriceCents: 1500 }] });
  await insertRefund(o1, { key: "r1", channel: "in_store", amountCents: 1070, lines: [{ sku: "MUG-1", quantity: 1, amountCents: 1000, restock: true }] });
  const o2 = await insertOrder({ key: "o2", channel: "shopify", storeId: north, customerId: annDuplicate.id, placedAt: "2026-03-15T03:30:00Z", status: "refunded", lines: [{ sku: "MUG-1", quantity: 1, unitPriceCents: 1000 }] });
  await insertRefund(o2, { key: "r2", channel: "shopify", amountCents: 1000, lines: [{ sku: "MUG-1", quantity: 1, amountCents: 1000, restock: false }] });
  const o3 = await insertOrder({ key: "o3", channel: "shopify", storeId: south, customerId: bob.id, placedAt: "2026-03-20T03:59:00Z", lines: [{ sku: "BEAN-1", quantity: 4, unitPriceCents: 1500 }] });
  const o4 = await insertOrder({ key: "o4", channel: "stripe", customerId: annSecondDuplicate.id, placedAt: "2026-03-20T14:00:00Z", status: "pending", lines: [{ sku: "BEAN-1", quantity: 2, unitPriceCents: 1500 }] });
  const o5 = await insertOrder({ key: "o5", channel: "in_store", customerId: null, placedAt: "2026-02-01T12:00:00Z", lines: [{ sku: "SLOW-1", quantity: 1, unitPriceCents: 4000 }] });
  const o6 = await insertOrder({ key: "o6", channel: "stripe", customerId: bob.id, placedAt: "2026-03-18T12:00:00Z", status: "needs_attention", lines: [], totalCents: 4800 });
  const o7 = await insertOrder({ key: "o7", channel: "in_store", customerId: bob.id, placedAt: "2026-03-01T05:00:00Z", lines: [{ sku: "MUG-1", quantity: 2, unitPriceCents: 1000 }] });
  const o8 = await insertOrder({ key: "o8", channel: "in_store", customerId: null, placedAt: "2026-03-01T04:59:59Z", lines: [{ sku: "BEAN-1", quantity: 1, unitPriceCents: 1500 }] });
  const o9 = await insertOrder({ key: "o9", channel: "in_store", customerId: bob.id, placedAt: "2026-03-05T15:00:00Z", lines: [{ sku: "VASE-1", quantity: 1, unitPriceCents: 3000 }] });

  await db.insert(pendingUnits).values([
    { orderId: o4.id, itemId: itemId("BEAN-1"), lightspeedShopId: shop.id, quantity: 2 },
    { orderId: o3.id, itemId: itemId("BEAN-1"), lightspeedShopId: shop.id, quantity: 4, releasedAt: new Date("2026-03-20T04:05:00Z") },
  ]);

  await db.insert(driftReports).values([
    { itemId: itemId("MUG-1"), system: "shopify", shopifyStoreId: north, expected: 2, actual: 5, cause: "older report", detectedAt: new Date("2026-03-20T10:00:00Z") },
    { itemId: itemId("MUG-1"), system: "shopify", shopifyStoreId: north, expected: 2, actual: 3, cause: "latest report", detectedAt: new Date("2026-03-20T11:00:00Z") },
    { itemId: itemId("BEAN-1"), system: "lightspeed", expected: 9, actual: 7, cause: "back office edit", detectedAt: new Date("2026-03-20T11:00:00Z") },
    { itemId: itemId("SLOW-1"), system: "shopify", shopifyStoreId: south, expected: 10, actual: 0, cause: "repaired", detectedAt: new Date("2026-03-19T11:00:00Z"), repairedAt: new Date("2026-03-19T11:05:00Z") },
    { itemId: itemId("BEAN-1"), system: "shopify", shopifyStoreId: south, expected: 5, actual: 4, cause: "admin edit", detectedAt: new Date("2026-03-20T09:00:00Z") },
  ]);

  const secondsAgo = (seconds: number): Date => new Date(fixtureNow.getTime() - seconds * 1000);
  await db.insert(connections).values([
    { system: "stripe", account: "acct_test", lastSuccessAt: secondsAgo(3 * 86_400) },
    { system: "lightspeed", account: "12345", lastSuccessAt: secondsAgo(30) },
    { system: "shopify", account: "north.myshopify.com", lastSuccessAt: secondsAgo(2 * 3600) },
    { system: "shopify", account: "south.myshopify.com", lastSuccessAt: secondsAgo(600), lastErrorAt: secondsAgo(60), lastError: "429 Too Many Requests" },
  ]);

  return {
    storeIds: { north, south },
    customerIds: { ann: ann.id, annDuplicate: annDuplicate.id, annSecondDuplicate: annSecondDuplicate.id, bob: bob.id, cy: cy.id },
    orderIds: { o1: o1.id, o2: o2.id, o3: o3.id, o4: o4.id, o5: o5.id, o6: o6.id, o7: o7.id, o8: o8.id, o9: o9.id },
  };
}
