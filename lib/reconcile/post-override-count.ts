import { and, eq } from "drizzle-orm";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import type { Executor } from "@/lib/db/open-database";
import { items, lightspeedShops, stockMovements } from "@/lib/db/schema";

export type PostedOverrideCount = { inventoryCountId: string; reconciledAt: string; qohChange: number; counted: number };

export type PostOverrideCountResult =
  | { posted: true; count: PostedOverrideCount }
  | { posted: false; reason: "not-an-override" | "already-posted" | "not-in-lightspeed" };

/** The count's name in Lightspeed: the override's own ledger key, so a retry finds the count it already made. */
export function overrideCountName(sourceEventId: string): string {
  return `Tillbridge ${sourceEventId}`;
}

/**
 * Posts a pending override to Lightspeed as an inventory count of its item in its shop (count, counted item,
 * reconcile), each part at most once: the connector looks the count up by name before any post and after an
 * ambiguous failure, so a retried step never counts twice. Nothing is written here; the caller confirms.
 */
export async function postOverrideCount(
  db: Executor,
  lightspeed: LightspeedAdapter,
  movementId: number,
  options: { employeeId: string },
): Promise<PostOverrideCountResult> {
  const [override] = await db
    .select({
      sourceEventId: stockMovements.sourceEventId,
      counted: stockMovements.resultingLevel,
      posted: stockMovements.postedToLightspeed,
      lightspeedItemId: items.lightspeedItemId,
      lightspeedShopId: lightspeedShops.lightspeedShopId,
    })
    .from(stockMovements)
    .innerJoin(items, eq(items.id, stockMovements.itemId))
    .innerJoin(lightspeedShops, eq(lightspeedShops.id, stockMovements.lightspeedShopId))
    .where(and(eq(stockMovements.id, movementId), eq(stockMovements.kind, "override")));
  if (!override || override.counted === null) return { posted: false, reason: "not-an-override" };
  if (override.posted) return { posted: false, reason: "already-posted" };
  if (!override.lightspeedItemId) return { posted: false, reason: "not-in-lightspeed" };
  const result = await lightspeed.postInventoryCount({
    name: overrideCountName(override.sourceEventId),
    shopId: override.lightspeedShopId,
    itemId: override.lightspeedItemId,
    employeeId: options.employeeId,
    quantity: override.counted,
  });
  return {
    posted: true,
    count: { inventoryCountId: result.inventoryCountId, reconciledAt: result.reconciledAt, qohChange: result.qohChange, counted: override.counted },
  };
}
