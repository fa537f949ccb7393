import type { Executor } from "@/lib/db/open-database";
import { items, lightspeedShops, mappingProblems, safetyBuffers, shopifyStores, shopifyVariants, users } from "@/lib/db/schema";
import { idOf, insertInBatches, insertReturningInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";
import { demoLightspeedShop, demoStores, demoUsers, type StoreKey } from "./stores";

export type ShopIds = Pick<SeedIds, "ownerId" | "staffId" | "lightspeedShopId" | "storeIds" | "itemIds" | "mappingProblemIds">;

/** Users, the Lightspeed shop, the Shopify stores, the catalogue, its listings and their mapping problems. */
export async function insertShop(db: Executor, plan: DemoShopPlan, passwordHashes: Record<string, string>): Promise<ShopIds & { counts: Record<string, number> }> {
  const setUpAt = new Date(plan.windowStart.getTime() - 30 * 86_400_000);
  const userRows = await db
    .insert(users)
    .values(demoUsers.map((user) => ({ email: user.email, name: user.name, role: user.role, passwordHash: passwordHashes[user.email] ?? "", createdAt: setUpAt })))
    .returning({ id: users.id, role: users.role });
  const ownerId = userRows.find((row) => row.role === "owner")?.id;
  const staffId = userRows.find((row) => row.role === "staff")?.id;
  if (ownerId === undefined || staffId === undefined) throw new Error("Demo seed: users not created");

  const [shop] = await db.insert(lightspeedShops).values({ ...demoLightspeedShop, timeZone: plan.timeZone }).returning({ id: lightspeedShops.id });
  if (!shop) throw new Error("Demo seed: Lightspeed shop not created");
  const storeRows = await db
    .insert(shopifyStores)
    .values(demoStores.map((store) => ({ domain: store.domain, name: store.name, lightspeedShopId: shop.id, locationId: store.locationId, defaultSafetyBuffer: store.defaultSafetyBuffer, connectedAt: setUpAt })))
    .returning({ id: shopifyStores.id, domain: shopifyStores.domain });
  const storeIdOf = (key: StoreKey): number => {
    const domain = demoStores.find((store) => store.key === key)?.domain;
    const id = storeRows.find((row) => row.domain === domain)?.id;
    if (id === undefined) throw new Error(`Demo seed: store ${key} not created`);
    return id;
  };
  const storeIds: Record<StoreKey, number> = { main: storeIdOf("main"), outlet: storeIdOf("outlet") };

  const itemRows = await insertReturningInBatches(
    plan.items.map((item) => ({
      sku: item.sku,
      name: item.name,
      variantName: item.variantName,
      category: item.category,
      supplier: item.supplier,
      priceCents: item.priceCents,
      costCents: item.costCents,
      lightspeedItemId: item.lightspeedItemId,
      lightspeedReorderPoint: plan.ledger.reorderPoints.get(item.sku) ?? null,
      leadTimeDays: item.leadTimeDays,
      createdAt: setUpAt,
      updatedAt: setUpAt,
    })),
    (batch) => db.insert(items).values(batch).returning({ id: items.id, sku: items.sku }),
  );
  const itemIds = new Map(itemRows.map((row) => [row.sku, row.id]));

  const variants = await insertInBatches(
    plan.listings.variants.map((variant) => ({
      storeId: storeIds[variant.storeKey],
      itemId: variant.itemSku === null ? null : idOf(itemIds, variant.itemSku, "item"),
      sku: variant.sku,
      productId: variant.productId,
      variantId: variant.variantId,
      inventoryItemId: variant.inventoryItemId,
      title: variant.title,
    })),
    (batch) => db.insert(shopifyVariants).values(batch),
  );
  const problemRows = await db
    .insert(mappingProblems)
    .values(plan.listings.problems.map((problem) => ({ kind: problem.kind, system: "shopify" as const, storeId: storeIds[problem.storeKey], sku: problem.sku, externalId: problem.externalId, detail: problem.detail, detectedAt: new Date(plan.now.getTime() - 3 * 86_400_000) })))
    .returning({ id: mappingProblems.id, system: mappingProblems.system, externalId: mappingProblems.externalId });
  const mappingProblemIds = new Map(problemRows.map((row) => [`${row.system}:${row.externalId}`, row.id]));
  const buffers = await insertInBatches(
    plan.storeLevels.buffers.map((buffer) => ({ storeId: storeIds[buffer.storeKey], itemId: idOf(itemIds, buffer.sku, "item"), units: buffer.units, updatedAt: setUpAt })),
    (batch) => db.insert(safetyBuffers).values(batch),
  );
  return {
    ownerId,
    staffId,
    lightspeedShopId: shop.id,
    storeIds,
    itemIds,
    mappingProblemIds,
    counts: { users: userRows.length, lightspeedShops: 1, shopifyStores: storeRows.length, items: itemRows.length, shopifyVariants: variants, mappingProblems: problemRows.length, safetyBuffers: buffers },
  };
}
