import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { orders, pendingUnits, stockMovements } from "@/lib/db/schema";
import { applyStockDelta } from "@/lib/stock/apply-stock-delta";

/**
 * An online order's Lightspeed sale exists: in one transaction release its pending units, apply its units to
 * the known on-hand, and mark its ledger rows posted. Sellable does not move (pending down, on-hand down by the
 * same), and never rises in the gap before the next poll. Idempotent: a posted order is left alone.
 */
export async function confirmPostedSale(
  db: Database,
  sale: { orderId: number; lightspeedSaleId: string; saleTimestamp: Date; now: Date },
): Promise<{ confirmed: boolean; itemIds: number[] }> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, sale.orderId)).for("update");
    if (!order || order.status !== "pending") return { confirmed: false, itemIds: [] };
    const open = await tx
      .select()
      .from(pendingUnits)
      .where(and(eq(pendingUnits.orderId, order.id), isNull(pendingUnits.releasedAt)))
      .for("update");
    for (const units of open) {
      const onHand = await applyStockDelta(tx, {
        itemId: units.itemId,
        lightspeedShopId: units.lightspeedShopId,
        delta: -units.quantity,
        sourceTimestamp: sale.saleTimestamp,
        now: sale.now,
      });
      await tx
        .update(stockMovements)
        .set({ postedToLightspeed: true, postedAt: sale.now, resultingLevel: onHand })
        .where(and(eq(stockMovements.orderId, order.id), eq(stockMovements.itemId, units.itemId), eq(stockMovements.kind, "online_order")));
      await tx.update(pendingUnits).set({ releasedAt: sale.now }).where(eq(pendingUnits.id, units.id));
    }
    await tx
      .update(orders)
      .set({ status: "posted", lightspeedSaleId: sale.lightspeedSaleId, postedAt: sale.now })
      .where(eq(orders.id, order.id));
    return { confirmed: true, itemIds: open.map((units) => units.itemId) };
  });
}
