import { and, eq } from "drizzle-orm";
import type { Transaction } from "@/lib/db/open-database";
import { lightspeedLevels } from "@/lib/db/schema";

/**
 * Applies a change already made in Lightspeed to the portal's on-hand, locking the level row, and moves the
 * level's source time forward (a polled reading older than this is then refused). Returns the new on-hand.
 */
export async function applyStockDelta(
  tx: Transaction,
  change: { itemId: number; lightspeedShopId: number; delta: number; sourceTimestamp: Date; now: Date },
): Promise<number> {
  const [level] = await tx
    .select()
    .from(lightspeedLevels)
    .where(and(eq(lightspeedLevels.itemId, change.itemId), eq(lightspeedLevels.lightspeedShopId, change.lightspeedShopId)))
    .for("update");
  const onHand = (level?.onHand ?? 0) + change.delta;
  const sourceTimestamp =
    level && level.sourceTimestamp.getTime() > change.sourceTimestamp.getTime() ? level.sourceTimestamp : change.sourceTimestamp;
  await tx
    .insert(lightspeedLevels)
    .values({ itemId: change.itemId, lightspeedShopId: change.lightspeedShopId, onHand, sourceTimestamp, observedAt: change.now })
    .onConflictDoUpdate({
      target: [lightspeedLevels.itemId, lightspeedLevels.lightspeedShopId],
      set: { onHand, sourceTimestamp, observedAt: change.now },
    });
  return onHand;
}
