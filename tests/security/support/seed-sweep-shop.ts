import { hashPassword } from "@/lib/auth/password";
import type { Database } from "@/lib/db";
import { attentionItems, customers, items, lightspeedShops, reconciliationRuns, shopifyStores, users, webhookInbox } from "@/lib/db/schema";
import { sweepStores } from "./security-environment";

export type SweepShop = Awaited<ReturnType<typeof seedSweepShop>>;

/**
 * The least a shop needs for every action to have something real to act on: accounts, a shop, stores, an item,
 * customers, a failed inbox entry, an open attention item and a reconciliation run.
 */
export async function seedSweepShop(db: Database) {
  const passwordHash = await hashPassword("sweep-password");
  const [owner, staff] = await db
    .insert(users)
    .values([
      { email: "owner@sweep.test", name: "Owner", role: "owner", passwordHash },
      { email: "staff@sweep.test", name: "Staff", role: "staff", passwordHash },
    ])
    .returning({ id: users.id });
  const [shop] = await db.insert(lightspeedShops).values({ lightspeedShopId: "1", name: "Main", timeZone: "America/New_York" }).returning({ id: lightspeedShops.id });
  if (!owner || !staff || !shop) throw new Error("seeding failed");
  const stores = await db
    .insert(shopifyStores)
    .values(sweepStores.map((store, index) => ({ domain: store.domain, name: `Store ${index + 1}`, lightspeedShopId: shop.id, locationId: `gid://shopify/Location/${index + 1}` })))
    .returning({ id: shopifyStores.id });
  const [item] = await db
    .insert(items)
    .values({ sku: "SWEEP-1", name: "Sweep scarf", category: "Scarves", priceCents: 2500, costCents: 1000, lightspeedItemId: "101" })
    .returning({ id: items.id });
  const twoCustomers = await db
    .insert(customers)
    .values([
      { displayName: "Ada Sweep", email: "ada@sweep.test" },
      { displayName: "Bea Sweep", email: "bea@sweep.test" },
    ])
    .returning({ id: customers.id });
  const [failedInbox] = await db
    .insert(webhookInbox)
    .values({ provider: "stripe", providerEventId: "evt_sweep_failed", topic: "payment_intent.succeeded", headers: {}, rawBody: "{}", status: "failed", lastError: "boom" })
    .returning({ id: webhookInbox.id });
  const [attention] = await db
    .insert(attentionItems)
    .values({ kind: "payment_without_lines", subjectKey: "stripe:pi_sweep", title: "A payment without lines", detail: {} })
    .returning({ id: attentionItems.id });
  const [run] = await db.insert(reconciliationRuns).values({ status: "completed", triggeredBy: owner.id }).returning({ id: reconciliationRuns.id });
  if (!item || stores.length !== 2 || twoCustomers.length !== 2 || !failedInbox || !attention || !run) throw new Error("seeding failed");
  return {
    ownerId: owner.id,
    staffId: staff.id,
    shopId: shop.id,
    storeIds: stores.map((store) => store.id),
    itemId: item.id,
    customerIds: twoCustomers.map((customer) => customer.id),
    failedInboxId: failedInbox.id,
    attentionItemId: attention.id,
    reconciliationRunId: run.id,
  };
}
