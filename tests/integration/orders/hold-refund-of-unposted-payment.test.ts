import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database";
import { attentionItems } from "@/lib/db/schema";
import { holdRefundOfUnpostedPayment } from "@/lib/orders/hold-refund-of-unposted-payment";
import type { IncomingRefund } from "@/lib/orders/incoming-refund";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";

const refundOf = (paymentIntent: string, refund: string): IncomingRefund => ({
  channel: "stripe",
  sourceKey: `stripe:${refund}`,
  orderSourceKey: `stripe:${paymentIntent}`,
  amountCents: 1200,
  reason: null,
  createdAt: new Date("2026-11-22T12:00:00Z"),
  scope: { kind: "whole-sale" },
});

describe.each(testDatabaseKinds())("a refund of a payment that never became an order (%s)", (kind) => {
  let handle: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    db = handle.db;
    await db.insert(attentionItems).values({ kind: "payment_without_lines", subjectKey: "stripe:pi_nolines", title: "needs its items", detail: {} });
  });
  afterAll(async () => handle.dispose());

  it("goes on the needs-attention queue beside its payment, once", async () => {
    expect(await holdRefundOfUnpostedPayment(db, refundOf("pi_nolines", "re_1"), 0)).toBe(true);
    expect(await holdRefundOfUnpostedPayment(db, refundOf("pi_nolines", "re_1"), 0)).toBe(true);
    const held = await db.select().from(attentionItems).where(eq(attentionItems.subjectKey, "stripe:re_1"));
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ kind: "refund_needs_review" });
    expect(held[0]?.title).toContain("stripe:pi_nolines");
  });

  it("leaves a refund whose order may still be on its way to wait for it", async () => {
    expect(await holdRefundOfUnpostedPayment(db, refundOf("pi_coming", "re_2"), 0)).toBe(false);
    expect(await db.select().from(attentionItems).where(eq(attentionItems.subjectKey, "stripe:re_2"))).toEqual([]);
  });
});
