import type { Database } from "@/lib/db/open-database";
import {
  customerIdentities,
  customerMerges,
  customers,
  lightspeedShops,
  orderLines,
  orders,
  refundLines,
  refunds,
  shopifyStores,
  users,
  type NewOrder,
} from "@/lib/db/schema";

/** A small shop for the customer tests: two Shopify stores, a few people across channels, one old merge. */
export type CustomerFixtures = Awaited<ReturnType<typeof seedCustomerFixtures>>;

const at = (iso: string) => new Date(iso);

function one<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`fixture ${what} was not created`);
  return row;
}

export async function seedCustomerFixtures(db: Database) {
  const owner = one(await db.insert(users).values({ email: "owner@example.com", name: "Olivia Owner", role: "owner", passwordHash: "x" }).returning(), "owner");
  const shop = one(await db.insert(lightspeedShops).values({ lightspeedShopId: "1", name: "Main Street", timeZone: "America/New_York" }).returning(), "shop");
  const [main, outlet] = await db
    .insert(shopifyStores)
    .values([
      { domain: "main.myshopify.com", name: "Main Store", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/1" },
      { domain: "outlet.myshopify.com", name: "Outlet", lightspeedShopId: shop.id, locationId: "gid://shopify/Location/2" },
    ])
    .returning();
  if (!main || !outlet) throw new Error("fixture stores were not created");

  const addCustomer = async (displayName: string, email: string | null, phone: string | null, mergedIntoId: number | null = null) =>
    one(await db.insert(customers).values({ displayName, email, phone, mergedIntoId, lastSeenAt: at("2026-01-01T12:00:00Z") }).returning(), displayName);

  const ann = await addCustomer("Ann Smith", "ann@example.com", "+12125550143");
  const bob = await addCustomer("Bob Jones", "bob.jones@example.org", "+12125550177");
  const cara = await addCustomer("Cara Lee", "cara@example.net", null);
  const dan = await addCustomer("Dan Ortiz", null, "+17185550123");
  // An online checkout with a work address, merged into Ann by the owner long ago.
  const annWork = await addCustomer("Ann Smith", "ann@work.example.org", null, ann.id);
  // A record merged into one that was merged into Ann later: a chain.
  const annOld = await addCustomer("A. Smith", "asmith.old@example.com", null, annWork.id);

  const identity = async (customerId: number, system: "lightspeed" | "shopify" | "stripe", externalId: string, storeId: number | null, email: string | null, phone: string | null) =>
    one(await db.insert(customerIdentities).values({ customerId, system, externalId, shopifyStoreId: storeId, email, phone, name: "" }).returning(), externalId);
  const annTill = await identity(ann.id, "lightspeed", "1001", null, "ann@example.com", "+12125550143");
  const annShopify = await identity(ann.id, "shopify", "7001", main.id, "ann@example.com", null);
  const annStripe = await identity(ann.id, "stripe", "cus_WORKANN", null, "ann@work.example.org", null);
  const bobTill = await identity(bob.id, "lightspeed", "1002", null, null, "+12125550177");
  const bobOutlet = await identity(bob.id, "shopify", "9001", outlet.id, "bob.jones@example.org", null);
  const caraMain = await identity(cara.id, "shopify", "7002", main.id, "cara@example.net", null);
  const danTill = await identity(dan.id, "lightspeed", "1003", null, null, "+17185550123");

  const order = async (values: Omit<NewOrder, "currency" | "subtotalCents" | "totalCents" | "status"> & { totalCents: number; status?: NewOrder["status"] }, lines: { sku: string; name: string; quantity: number; unitPriceCents: number }[]) => {
    const created = one(
      await db
        .insert(orders)
        .values({ status: "posted", currency: "USD", subtotalCents: values.totalCents, ...values })
        .returning(),
      values.sourceKey,
    );
    const lineRows = await db
      .insert(orderLines)
      .values(lines.map((line) => ({ ...line, orderId: created.id, totalCents: line.quantity * line.unitPriceCents })))
      .returning();
    return { order: created, lines: lineRows };
  };

  // Ann: in store, in the main Shopify store and by Stripe (the Stripe one came with the work record).
  const annTillSale = await order(
    { channel: "in_store", sourceKey: "lightspeed:sale:501", lightspeedSaleId: "501", customerId: ann.id, totalCents: 4000, placedAt: at("2026-03-01T15:00:00Z") },
    [
      { sku: "COF-1", name: "House Blend 12oz", quantity: 2, unitPriceCents: 1500 },
      { sku: "MUG-1", name: "Glass Mug", quantity: 1, unitPriceCents: 1000 },
    ],
  );
  const annWebOrder = await order(
    {
      channel: "shopify",
      sourceKey: "shopify:main.myshopify.com:order:9001",
      shopifyStoreId: main.id,
      shopifyOrderId: "9001",
      customerId: ann.id,
      totalCents: 4500,
      status: "partially_refunded",
      placedAt: at("2026-04-10T18:30:00Z"),
    },
    [
      { sku: "COF-1", name: "House Blend 12oz", quantity: 1, unitPriceCents: 1500 },
      { sku: "KTL-1", name: "Gooseneck Kettle", quantity: 1, unitPriceCents: 3000 },
    ],
  );
  const annStripePayment = await order(
    { channel: "stripe", sourceKey: "stripe:pi_ann1", stripePaymentIntentId: "pi_ann1", customerId: ann.id, totalCents: 2500, placedAt: at("2026-05-20T10:00:00Z") },
    [{ sku: "COF-1", name: "House Blend 12oz", quantity: 1, unitPriceCents: 1500 }, { sku: "FLT-1", name: "Paper Filters", quantity: 2, unitPriceCents: 500 }],
  );
  const kettleLine = annWebOrder.lines.find((line) => line.sku === "KTL-1");
  const annRefund = one(
    await db
      .insert(refunds)
      .values({ orderId: annWebOrder.order.id, channel: "shopify", sourceKey: "shopify:main.myshopify.com:refund:1", amountCents: 3000, reason: "Arrived dented", createdAt: at("2026-04-15T09:00:00Z") })
      .returning(),
    "ann refund",
  );
  await db.insert(refundLines).values({ refundId: annRefund.id, orderLineId: kettleLine?.id ?? null, sku: "KTL-1", quantity: 1, amountCents: 3000, restock: false });

  const bobSale = await order(
    { channel: "in_store", sourceKey: "lightspeed:sale:502", lightspeedSaleId: "502", customerId: bob.id, totalCents: 1500, placedAt: at("2026-02-01T15:00:00Z") },
    [{ sku: "COF-1", name: "House Blend 12oz", quantity: 1, unitPriceCents: 1500 }],
  );
  const bobOutletOrder = await order(
    { channel: "shopify", sourceKey: "shopify:outlet.myshopify.com:order:77", shopifyStoreId: outlet.id, shopifyOrderId: "77", customerId: bob.id, totalCents: 700, placedAt: at("2026-02-10T15:00:00Z") },
    [{ sku: "FLT-1", name: "Paper Filters", quantity: 1, unitPriceCents: 700 }],
  );
  const caraOrder = await order(
    { channel: "shopify", sourceKey: "shopify:main.myshopify.com:order:9002", shopifyStoreId: main.id, shopifyOrderId: "9002", customerId: cara.id, totalCents: 3000, placedAt: at("2026-06-01T15:00:00Z") },
    [{ sku: "KTL-1", name: "Gooseneck Kettle", quantity: 1, unitPriceCents: 3000 }],
  );

  const annMerge = one(
    await db
      .insert(customerMerges)
      .values({
        survivorId: ann.id,
        mergedId: annWork.id,
        matchedOn: { manual: true },
        movedIdentityIds: [annStripe.id],
        movedOrderIds: [annStripePayment.order.id],
        mergedBy: owner.id,
        mergedAt: at("2026-05-21T10:00:00Z"),
      })
      .returning(),
    "ann merge",
  );
  const annOldMerge = one(
    await db
      .insert(customerMerges)
      .values({ survivorId: annWork.id, mergedId: annOld.id, matchedOn: { email: "asmith.old@example.com" }, movedIdentityIds: [], movedOrderIds: [], mergedAt: at("2026-05-01T10:00:00Z") })
      .returning(),
    "ann old merge",
  );

  return {
    owner,
    stores: { main, outlet },
    customers: { ann, bob, cara, dan, annWork, annOld },
    identities: { annTill, annShopify, annStripe, bobTill, bobOutlet, caraMain, danTill },
    orders: { annTillSale, annWebOrder, annStripePayment, bobSale, bobOutletOrder, caraOrder },
    refunds: { annRefund },
    merges: { annMerge, annOldMerge },
  };
}
