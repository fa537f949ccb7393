import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, customerMerges, customers } from "@/lib/db/schema";
import { idOf, insertInBatches, insertReturningInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";

/** Customer records (survivors first, so merged ones can point at them) and every identity. */
export async function insertCustomers(
  db: Executor,
  plan: DemoShopPlan,
  storeIds: SeedIds["storeIds"],
): Promise<Pick<SeedIds, "customerIds" | "identityIds"> & { counts: Record<string, number> }> {
  const customerIds = new Map<string, number>();
  const survivors = plan.customers.records.filter((record) => record.mergedIntoKey === null);
  const merged = plan.customers.records.filter((record) => record.mergedIntoKey !== null);
  for (const group of [survivors, merged]) {
    const rows = await insertReturningInBatches(
      group.map((record) => ({
        record,
        row: {
          displayName: record.displayName,
          email: record.email,
          phone: record.phone,
          mergedIntoId: record.mergedIntoKey === null ? null : idOf(customerIds, record.mergedIntoKey, "customer"),
          createdAt: record.createdAt,
          lastSeenAt: record.lastSeenAt,
        },
      })),
      async (batch) => {
        const inserted = await db.insert(customers).values(batch.map((entry) => entry.row)).returning({ id: customers.id });
        return inserted.map((row, index) => ({ id: row.id, key: batch[index]?.record.key }));
      },
    );
    for (const row of rows) if (row.key) customerIds.set(row.key, row.id);
  }

  const identities = plan.people.flatMap((person) => person.identities);
  const identityRows = await insertReturningInBatches(
    identities.map((identity) => ({
      customerId: idOf(customerIds, plan.customers.customerOfIdentity.get(identity.key) ?? "", "customer of identity"),
      system: identity.system,
      shopifyStoreId: identity.storeKey ? storeIds[identity.storeKey] : null,
      externalId: identity.externalId,
      name: identity.name,
      email: identity.email,
      phone: identity.phone,
      createdAt: identity.firstSeen,
    })),
    (batch) =>
      db.insert(customerIdentities).values(batch).returning({
        id: customerIdentities.id,
        system: customerIdentities.system,
        shopifyStoreId: customerIdentities.shopifyStoreId,
        externalId: customerIdentities.externalId,
      }),
  );
  const storeKeyOf = new Map(Object.entries(storeIds).map(([key, id]) => [id, key]));
  const identityIds = new Map(
    identityRows.map((row) => {
      const channel = row.system === "shopify" ? `shopify:${storeKeyOf.get(row.shopifyStoreId ?? -1) ?? ""}` : row.system;
      return [`${channel}:${row.externalId}`, row.id];
    }),
  );
  return { customerIds, identityIds, counts: { customers: customerIds.size, customerIdentities: identityRows.length } };
}

/** The merge history: what matched, which identities and orders moved, and who undid what. */
export async function insertCustomerMerges(db: Executor, plan: DemoShopPlan, ids: SeedIds): Promise<number> {
  return insertInBatches(
    plan.customers.merges.map((merge) => ({
      survivorId: idOf(ids.customerIds, merge.survivorKey, "survivor"),
      mergedId: idOf(ids.customerIds, merge.mergedKey, "merged customer"),
      matchedOn: merge.matchedOn,
      movedIdentityIds: merge.movedIdentityKeys.map((key) => idOf(ids.identityIds, key, "identity")),
      movedOrderIds: merge.movedOrderSourceKeys.map((key) => idOf(ids.orderIds, key, "order")),
      mergedBy: merge.byOwner ? ids.ownerId : null,
      mergedAt: merge.mergedAt,
      undoneBy: merge.undoneAt ? ids.ownerId : null,
      undoneAt: merge.undoneAt,
    })),
    (batch) => db.insert(customerMerges).values(batch),
  );
}
