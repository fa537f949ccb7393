import { and, eq } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { lightspeedLevels, stockMovements } from "@/lib/db/schema";

export type ReadingOutcome = "unchanged" | "corrected" | "stale";

/**
 * Accepts a polled Lightspeed on-hand (ItemShop.qoh) as the truth when it is at least as new as the deltas already
 * applied (ItemShop.timeStamp ≥ the level's source time). The caller only passes readings whose sales have all
 * been seen, so what a reading changes beyond them (a receive, a count in Lightspeed) is recorded in the ledger
 * as a correction, and the ledger keeps explaining the level.
 */
export async function applyItemShopReading(
  db: Database,
  reading: { itemId: number; sku: string; lightspeedShopId: number; itemShopId: string; qoh: number; timeStamp: Date; now: Date },
): Promise<ReadingOutcome> {
  return db.transaction(async (tx) => {
    const [level] = await tx
      .select()
      .from(lightspeedLevels)
      .where(and(eq(lightspeedLevels.itemId, reading.itemId), eq(lightspeedLevels.lightspeedShopId, reading.lightspeedShopId)))
      .for("update");
    if (level && reading.timeStamp.getTime() < level.sourceTimestamp.getTime()) return "stale";
    const delta = reading.qoh - (level?.onHand ?? 0);
    if (delta !== 0) {
      await tx
        .insert(stockMovements)
        .values({
          sourceSystem: "lightspeed",
          sourceEventId: `itemshop:${reading.itemShopId}:${reading.timeStamp.toISOString()}`,
          kind: level ? "correction" : "count",
          itemId: reading.itemId,
          sku: reading.sku,
          lightspeedShopId: reading.lightspeedShopId,
          delta,
          resultingLevel: reading.qoh,
          postedToLightspeed: true,
          postedAt: reading.now,
          note: level ? "Changed in Lightspeed (a receive, a count or an edit)" : "First reading from Lightspeed",
          at: reading.timeStamp,
        })
        .onConflictDoNothing();
    }
    await tx
      .insert(lightspeedLevels)
      .values({ itemId: reading.itemId, lightspeedShopId: reading.lightspeedShopId, onHand: reading.qoh, sourceTimestamp: reading.timeStamp, observedAt: reading.now })
      .onConflictDoUpdate({
        target: [lightspeedLevels.itemId, lightspeedLevels.lightspeedShopId],
        set: { onHand: reading.qoh, sourceTimestamp: reading.timeStamp, observedAt: reading.now },
      });
    return delta === 0 ? "unchanged" : "corrected";
  });
}
