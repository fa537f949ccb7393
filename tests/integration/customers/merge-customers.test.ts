import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeCustomers } from "@/lib/customers/merge-customers";
import { mergeCustomersInputSchema, undoMergeInputSchema } from "@/lib/customers/merge-input";
import { searchCustomers } from "@/lib/customers/search-customers";
import { undoMerge } from "@/lib/customers/undo-merge";
import type { Database } from "@/lib/db/open-database";
import { auditLog, customerIdentities, customerMerges, customers, orders } from "@/lib/db/schema";
import { readSalesRollups, sumLedgerFresh } from "../../support/sales-rollups-check";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedCustomerFixtures, type CustomerFixtures } from "./customer-fixtures";

/** Who belongs to whom: every customer's merged_into_id and every identity's and order's customer. */
async function ownership(db: Database) {
  return {
    customers: await db.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).orderBy(asc(customers.id)),
    identities: await db.select({ id: customerIdentities.id, customerId: customerIdentities.customerId }).from(customerIdentities).orderBy(asc(customerIdentities.id)),
    orders: await db.select({ id: orders.id, customerId: orders.customerId }).from(orders).orderBy(asc(orders.id)),
  };
}

describe.each(testDatabaseKinds())("mergeCustomers and undoMerge on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixtures: CustomerFixtures;
  const reason = "Same person, two accounts";

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixtures = await seedCustomerFixtures(database.db);
  });
  afterAll(() => database.dispose());

  it("moves every identity and order, records what moved and why, audited", async () => {
    const { bob, cara } = fixtures.customers;
    const before = await ownership(database.db);
    const result = await mergeCustomers(database.db, { survivorId: bob.id, mergedId: cara.id, reason }, fixtures.owner.id);
    expect(result).toEqual({
      merged: true,
      mergeId: expect.any(Number),
      movedIdentityIds: [fixtures.identities.caraMain.id],
      movedOrderIds: [fixtures.orders.caraOrder.order.id],
    });
    if (!result.merged) return;

    const [caraNow] = await database.db.select().from(customers).where(eq(customers.id, cara.id));
    expect(caraNow?.mergedIntoId).toBe(bob.id);
    const [identity] = await database.db.select().from(customerIdentities).where(eq(customerIdentities.id, fixtures.identities.caraMain.id));
    expect(identity?.customerId).toBe(bob.id);
    const [merge] = await database.db.select().from(customerMerges).where(eq(customerMerges.id, result.mergeId));
    expect(merge).toMatchObject({ survivorId: bob.id, mergedId: cara.id, mergedBy: fixtures.owner.id, undoneAt: null, matchedOn: { manual: true, reason } });

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "customer.merge"));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: fixtures.owner.id, subjectType: "customer", subjectId: String(bob.id), reason });
    expect(audit[0]?.before).toMatchObject({ merged: { id: cara.id, mergedIntoId: null } });
    expect(audit[0]?.after).toMatchObject({ mergeId: result.mergeId, merged: { id: cara.id, mergedIntoId: bob.id } });

    // Search now answers Cara's email with Bob.
    expect((await searchCustomers(database.db, { query: "cara@example.net", country: "US" })).map((hit) => hit.id)).toEqual([bob.id]);

    // Undo puts back exactly what was there.
    const undone = await undoMerge(database.db, { mergeId: result.mergeId, reason: "Different people after all" }, fixtures.owner.id);
    expect(undone).toEqual({ undone: true, survivorId: bob.id, mergedId: cara.id });
    expect(await ownership(database.db)).toEqual(before);
    const [mergeAfter] = await database.db.select().from(customerMerges).where(eq(customerMerges.id, result.mergeId));
    expect(mergeAfter?.undoneBy).toBe(fixtures.owner.id);
    expect(mergeAfter?.undoneAt).toBeInstanceOf(Date);
    const undoAudit = await database.db.select().from(auditLog).where(eq(auditLog.action, "customer.merge.undo"));
    expect(undoAudit).toHaveLength(1);
    expect(undoAudit[0]).toMatchObject({ reason: "Different people after all", subjectId: String(bob.id) });
    expect(undoAudit[0]?.after).toMatchObject({ merged: { id: cara.id, mergedIntoId: null } });

    // …and refuses to undo it twice.
    expect(await undoMerge(database.db, { mergeId: result.mergeId, reason: "again" }, fixtures.owner.id)).toEqual({ undone: false, reason: "already-undone" });
  });

  it("undoes an older merge from the seed, moving back only what its row lists", async () => {
    const { ann, annWork } = fixtures.customers;
    const result = await undoMerge(database.db, { mergeId: fixtures.merges.annMerge.id, reason: "Not the same Ann" }, fixtures.owner.id);
    expect(result).toEqual({ undone: true, survivorId: ann.id, mergedId: annWork.id });
    const stripeOrder = await database.db.select().from(orders).where(eq(orders.id, fixtures.orders.annStripePayment.order.id));
    expect(stripeOrder[0]?.customerId).toBe(annWork.id);
    const annOrders = await database.db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, ann.id));
    expect(annOrders).toHaveLength(2);
    // The record merged into the work record still follows it.
    expect((await searchCustomers(database.db, { query: "asmith.old", country: "US" })).map((hit) => hit.id)).toEqual([annWork.id]);
  });

  it("refuses a customer into itself, into or from a merged-away customer, and unknown ids", async () => {
    const { bob, dan, annOld } = fixtures.customers;
    const owner = fixtures.owner.id;
    const before = await ownership(database.db);
    expect(await mergeCustomers(database.db, { survivorId: bob.id, mergedId: bob.id, reason }, owner)).toEqual({ merged: false, reason: "self" });
    expect(await mergeCustomers(database.db, { survivorId: annOld.id, mergedId: dan.id, reason }, owner)).toEqual({ merged: false, reason: "survivor-merged-away" });
    expect(await mergeCustomers(database.db, { survivorId: dan.id, mergedId: annOld.id, reason }, owner)).toEqual({ merged: false, reason: "already-merged-away" });
    expect(await mergeCustomers(database.db, { survivorId: dan.id, mergedId: 999_999, reason }, owner)).toEqual({ merged: false, reason: "not-found" });
    expect(await undoMerge(database.db, { mergeId: 999_999, reason }, owner)).toEqual({ undone: false, reason: "not-found" });
    expect(await ownership(database.db)).toEqual(before);
  });

  it("refuses to undo a merge whose survivor was merged away since, until the later merge is undone", async () => {
    const { bob, cara, dan } = fixtures.customers;
    const owner = fixtures.owner.id;
    const before = await ownership(database.db);
    const first = await mergeCustomers(database.db, { survivorId: bob.id, mergedId: cara.id, reason }, owner);
    const second = await mergeCustomers(database.db, { survivorId: dan.id, mergedId: bob.id, reason }, owner);
    if (!first.merged || !second.merged) throw new Error("merges refused");
    // Bob's move to Dan carried Cara's identity and order too.
    expect(second.movedIdentityIds).toEqual(expect.arrayContaining([fixtures.identities.caraMain.id, fixtures.identities.bobTill.id]));
    expect((await searchCustomers(database.db, { query: "cara@example.net", country: "US" })).map((hit) => hit.id)).toEqual([dan.id]);

    expect(await undoMerge(database.db, { mergeId: first.mergeId, reason: "wrong" }, owner)).toEqual({ undone: false, reason: "survivor-merged-away" });
    expect(await undoMerge(database.db, { mergeId: second.mergeId, reason: "wrong" }, owner)).toMatchObject({ undone: true });
    expect(await undoMerge(database.db, { mergeId: first.mergeId, reason: "wrong" }, owner)).toMatchObject({ undone: true });
    expect(await ownership(database.db)).toEqual(before);
    const undoAudits = await database.db.select().from(auditLog).where(and(eq(auditLog.action, "customer.merge.undo"), eq(auditLog.subjectId, String(dan.id))));
    expect(undoAudits).toHaveLength(1);
  });

  it("validates the owner's form values before anything runs", () => {
    expect(mergeCustomersInputSchema.safeParse({ survivorId: "1", mergedId: "2", reason: "  " }).success).toBe(false);
    expect(mergeCustomersInputSchema.safeParse({ survivorId: "1", mergedId: "2" }).success).toBe(false);
    expect(mergeCustomersInputSchema.safeParse({ survivorId: "1; drop table customers", mergedId: "2", reason: "fine reason" }).success).toBe(false);
    expect(mergeCustomersInputSchema.safeParse({ survivorId: "-1", mergedId: "2", reason: "fine reason" }).success).toBe(false);
    expect(undoMergeInputSchema.safeParse({ mergeId: "1e3", reason: "fine reason" }).success).toBe(false);
    expect(undoMergeInputSchema.parse({ mergeId: " 12 ", reason: "  fine reason " })).toEqual({ mergeId: 12, reason: "fine reason" });
  });

  it("keeps the sales rollups equal to a fresh sum of the ledger after these flows' writes", async () => {
    expect(await readSalesRollups(database.db)).toEqual(await sumLedgerFresh(database.db));
  });
});
