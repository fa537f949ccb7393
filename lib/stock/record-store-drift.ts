import type { Executor } from "@/lib/db/open-database";
import { driftReports } from "@/lib/db/schema";

/** A store showed a figure other than its sellable one; the owner sees why on the drift report. */
export async function recordStoreDrift(
  db: Executor,
  drift: { itemId: number; storeId: number; expected: number; actual: number; cause: string; repaired: boolean; now: Date },
): Promise<void> {
  await db.insert(driftReports).values({
    itemId: drift.itemId,
    system: "shopify",
    shopifyStoreId: drift.storeId,
    expected: drift.expected,
    actual: drift.actual,
    cause: drift.cause,
    detectedAt: drift.now,
    repairedAt: drift.repaired ? drift.now : null,
  });
}
