import type { Executor } from "@/lib/db/open-database";
import { orderLines, orders, pendingUnits, refundLines, refunds } from "@/lib/db/schema";
import { idOf, insertInBatches, insertReturningInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";

/** Orders with their lines, refunds with theirs, and the pending units of online orders. */
export async function insertOrders(db: Executor, plan: DemoShopPlan, ids: Omit<SeedIds, "orderIds">): Promise<{ orderIds: Map<string, number>; counts: Record<string, number> }> {
  const customerOf = (identityKey: string | null): number | null => {
    if (identityKey === null) return null;
    return idOf(ids.customerIds, plan.customers.customerOfIdentity.get(identityKey) ?? "", "customer of order");
  };
  const orderRows = await insertReturningInBatches(
    plan.orders.map((order) => ({
      channel: order.channel,
      sourceKey: order.sourceKey,
      shopifyStoreId: order.storeKey ? ids.storeIds[order.storeKey] : null,
      customerId: customerOf(order.identityKey),
      status: order.status,
      currency: plan.currency,
      subtotalCents: order.subtotalCents,
      taxCents: order.taxCents,
      totalCents: order.totalCents,
      lightspeedSaleId: order.lightspeedSaleId,
      shopifyOrderId: order.shopifyOrderId,
      stripePaymentIntentId: order.stripePaymentIntentId,
      placedAt: order.placedAt,
      postedAt: order.postedAt,
    })),
    (batch) => db.insert(orders).values(batch).returning({ id: orders.id, sourceKey: orders.sourceKey }),
  );
  const orderIds = new Map(orderRows.map((row) => [row.sourceKey, row.id]));

  const lineRows = await insertReturningInBatches(
    plan.orders.flatMap((order) =>
      order.lines.map((line) => ({
        orderId: idOf(orderIds, order.sourceKey, "order"),
        itemId: idOf(ids.itemIds, line.sku, "item"),
        sku: line.sku,
        name: line.name,
        quantity: line.quantity,
        unitPriceCents: line.unitPriceCents,
        totalCents: line.totalCents,
      })),
    ),
    (batch) => db.insert(orderLines).values(batch).returning({ id: orderLines.id, orderId: orderLines.orderId, sku: orderLines.sku }),
  );
  const lineIds = new Map(lineRows.map((row) => [`${row.orderId}:${row.sku}`, row.id]));

  const refundList = plan.orders.flatMap((order) => order.refunds.map((refund) => ({ order, refund })));
  const refundRows = await insertReturningInBatches(
    refundList.map(({ order, refund }) => ({
      orderId: idOf(orderIds, order.sourceKey, "order"),
      channel: refund.channel,
      sourceKey: refund.sourceKey,
      amountCents: refund.amountCents,
      reason: refund.reason,
      lightspeedRefundId: refund.lightspeedRefundId,
      createdAt: refund.createdAt,
      postedAt: refund.postedAt,
    })),
    (batch) => db.insert(refunds).values(batch).returning({ id: refunds.id, sourceKey: refunds.sourceKey }),
  );
  const refundIds = new Map(refundRows.map((row) => [row.sourceKey, row.id]));
  const refundLineCount = await insertInBatches(
    refundList.flatMap(({ order, refund }) =>
      refund.lines.map((line) => ({
        refundId: idOf(refundIds, refund.sourceKey, "refund"),
        orderLineId: idOf(lineIds, `${idOf(orderIds, order.sourceKey, "order")}:${line.sku}`, "order line"),
        itemId: idOf(ids.itemIds, line.sku, "item"),
        sku: line.sku,
        quantity: line.quantity,
        amountCents: line.amountCents,
        restock: line.restock,
      })),
    ),
    (batch) => db.insert(refundLines).values(batch),
  );

  const pendingCount = await insertInBatches(
    plan.ledger.pendingUnits.map((unit) => ({
      orderId: idOf(orderIds, unit.orderSourceKey, "order"),
      itemId: idOf(ids.itemIds, unit.sku, "item"),
      lightspeedShopId: ids.lightspeedShopId,
      quantity: unit.quantity,
      createdAt: unit.createdAt,
      releasedAt: unit.releasedAt,
    })),
    (batch) => db.insert(pendingUnits).values(batch),
  );
  return {
    orderIds,
    counts: { orders: orderRows.length, orderLines: lineRows.length, refunds: refundRows.length, refundLines: refundLineCount, pendingUnits: pendingCount },
  };
}
