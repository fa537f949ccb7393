import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { lightspeedLevels, stockMovements } from "@/lib/db/schema";
import { applyStockDelta } from "@/lib/stock/apply-stock-delta";
import type { PostedOverrideCount } from "./post-override-count";

/**
 * Lightspeed has reconciled an override's count, so its shop's qoh is now the count: in one transaction the
 * portal's on-hand moves to the count (as of the reconcile's time, so an older polled reading is refused) and the
 * ledger row is marked posted, its delta being what the on-hand really moved. Idempotent: a posted row is left alone.
 */
export async function confirmOverrideCount(
  db: Database,
  confirmation: { movementId: number; count: PostedOverrideCount; now: Date },
): Promise<{ confirmed: boolean; itemId: number | null }> {
  return db.transaction(async (tx) => {
    const [override] = await tx
      .select()
      .from(stockMovements)
      .where(and(eq(stockMovements.id, confirmation.movementId), eq(stockMovements.kind, "override")))
      .for("update");
    if (!override) return { confirmed: false, itemId: null };
    if (override.postedToLightspeed) return { confirmed: false, itemId: override.itemId };
    const [level] = await tx
      .select({ onHand: lightspeedLevels.onHand })
      .from(lightspeedLevels)
      .where(and(eq(lightspeedLevels.itemId, override.itemId), eq(lightspeedLevels.lightspeedShopId, override.lightspeedShopId)))
      .for("update");
    const delta = confirmation.count.counted - (level?.onHand ?? 0);
    const onHand = await applyStockDelta(tx, {
      itemId: override.itemId,
      lightspeedShopId: override.lightspeedShopId,
      delta,
      sourceTimestamp: new Date(confirmation.count.reconciledAt),
      now: confirmation.now,
    });
    await tx
      .update(stockMovements)
      .set({
        delta,
        resultingLevel: onHand,
        postedToLightspeed: true,
        postedAt: confirmation.now,
        note: `${override.note ?? "Owner override"} (Lightspeed inventory count ${confirmation.count.inventoryCountId})`,
      })
      .where(eq(stockMovements.id, override.id));
    return { confirmed: true, itemId: override.itemId };
  });
}
