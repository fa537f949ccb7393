import { and, eq } from "drizzle-orm";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Executor } from "@/lib/db/open-database";
import { customerIdentities, items, lightspeedShops, orderLines, orders } from "@/lib/db/schema";
import { claimOrderPosting, releaseOrderPosting } from "./claim-posting";
import { saleReferenceOf } from "./online-order";

export type PostedSale = { lightspeedSaleId: string; saleTimestamp: string; outcome: "created" | "existing" | "recovered" };

/**
 * Posts an online order to Lightspeed as a completed sale, paid with the channel's payment type and tied to the
 * customer's Lightspeed identity when there is one. The reference number (the Shopify order id or the Stripe
 * PaymentIntent) is looked up before any post, so a retried step finds the sale instead of posting it twice, and
 * only one run posts an order at a time (several Stripe events name one payment). Null: already posted.
 */
export async function postOnlineOrderSale(
  db: Executor,
  lightspeed: LightspeedAdapter,
  orderId: number,
  options: { registerId: string; employeeId: string },
): Promise<PostedSale | null> {
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId));
  if (!order || order.channel === "in_store") return null;
  if ((await claimOrderPosting(db, order.id, new Date())) === "posted") return null;
  try {
    return await postClaimedOrder(db, lightspeed, order, options);
  } catch (error) {
    await releaseOrderPosting(db, order.id);
    throw error;
  }
}

async function postClaimedOrder(
  db: Executor,
  lightspeed: LightspeedAdapter,
  order: typeof orders.$inferSelect,
  options: { registerId: string; employeeId: string },
): Promise<PostedSale> {
  const lines = await db
    .select({ quantity: orderLines.quantity, unitPriceCents: orderLines.unitPriceCents, lightspeedItemId: items.lightspeedItemId })
    .from(orderLines)
    .innerJoin(items, eq(items.id, orderLines.itemId))
    .where(eq(orderLines.orderId, order.id));
  const [shop] = await db
    .select({ lightspeedShopId: lightspeedShops.lightspeedShopId })
    .from(lightspeedShops)
    .limit(1);
  const [identity] = order.customerId
    ? await db
        .select({ externalId: customerIdentities.externalId })
        .from(customerIdentities)
        .where(and(eq(customerIdentities.customerId, order.customerId), eq(customerIdentities.system, "lightspeed")))
        .limit(1)
    : [];
  const paymentType = await lightspeed.ensurePaymentType(order.channel === "shopify" ? "Shopify" : "Stripe");
  const saleLines = lines.flatMap((line) =>
    line.lightspeedItemId ? [{ itemId: line.lightspeedItemId, quantity: line.quantity, unitPrice: line.unitPriceCents / 100 }] : [],
  );
  const total = saleLines.reduce((sum, line) => sum + Math.round(line.unitPrice * 100) * line.quantity, 0) / 100;
  const result = await lightspeed.createCompletedSale({
    ...saleReferenceOf(order),
    shopId: shop?.lightspeedShopId ?? "1",
    registerId: options.registerId,
    employeeId: options.employeeId,
    customerId: identity?.externalId ?? null,
    lines: saleLines,
    payments: [{ paymentTypeId: paymentType.paymentTypeId, amount: total }],
    completeTime: order.placedAt,
  });
  return { lightspeedSaleId: result.sale.saleId, saleTimestamp: result.sale.timeStamp, outcome: result.outcome };
}
