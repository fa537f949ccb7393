import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orderLines, orders, refundLines, refunds } from "@/lib/db/schema";
import { readSalesRollups, sumLedgerFresh } from "../../support/sales-rollups-check";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";
import { seedAnalyticsFixture, type AnalyticsFixture } from "./analytics-fixture";

/** The statements of the rollups' migration that fill them from the ledger as it stands. */
function backfillStatements(): string[] {
  const migration = readFileSync(path.join(process.cwd(), "drizzle/0004_sales_rollups.sql"), "utf8");
  return migration
    .split("--> statement-breakpoint")
    .map((statement) => statement.trim())
    .filter((statement) => /^(-- .*\n)*INSERT INTO/.test(statement));
}

describe.each(testDatabaseKinds())("the sales rollups on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let fixture: AnalyticsFixture;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    fixture = await seedAnalyticsFixture(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it("equal a fresh sum of the ledger, row by row as it was written", async () => {
    const rollups = await readSalesRollups(database.db);
    expect(rollups).toEqual(await sumLedgerFresh(database.db));
    expect(rollups.customers.length).toBeGreaterThan(0);
  });

  it("are filled the same by the migration's backfill", async () => {
    const written = await readSalesRollups(database.db);
    const statements = backfillStatements();
    expect(statements).toHaveLength(4);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`truncate sales_by_quarter_hour, item_sales_by_day, item_sales_by_week, customer_sales`);
      for (const statement of statements) await tx.execute(sql.raw(statement));
    });
    expect(await readSalesRollups(database.db)).toEqual(written);
  });

  it("refuse a delete or a change of a summed column, and let the rest of the ledger change", async () => {
    const { o1 } = fixture.orderIds;
    const [line] = await database.db.select().from(orderLines).where(eq(orderLines.orderId, o1));
    const [refund] = await database.db.select().from(refunds).where(eq(refunds.orderId, o1));
    if (!line || !refund) throw new Error("fixture without a line or refund");
    const refused = [
      () => database.db.update(orders).set({ placedAt: new Date("2026-01-01T00:00:00Z") }).where(eq(orders.id, o1)),
      () => database.db.update(orders).set({ totalCents: 1 }).where(eq(orders.id, o1)),
      () => database.db.update(orderLines).set({ quantity: 9 }).where(eq(orderLines.id, line.id)),
      () => database.db.update(refunds).set({ amountCents: 1 }).where(eq(refunds.id, refund.id)),
      () => database.db.update(refundLines).set({ restock: false }).where(eq(refundLines.refundId, refund.id)),
      () => database.db.delete(refundLines).where(eq(refundLines.refundId, refund.id)),
      () => database.db.delete(orderLines).where(eq(orderLines.id, line.id)),
    ];
    for (const change of refused) await expect(change()).rejects.toThrow();
    await database.db.update(orders).set({ status: "refunded", totalCents: 6420 }).where(eq(orders.id, o1));
    await database.db.update(orders).set({ customerId: fixture.customerIds.cy }).where(eq(orders.id, o1));
    expect(await readSalesRollups(database.db)).toEqual(await sumLedgerFresh(database.db));
  });
});
