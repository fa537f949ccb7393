import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { items, lightspeedLevels, lightspeedShops, stockMovements } from "@/lib/db/schema";

export type OverrideInput = { sku: string; lightspeedShopId: number; onHand: number; reason: string };

export type OverrideResult =
  | { changed: true; itemId: number; before: number; counted: number; delta: number; movementId: number }
  | { changed: false; reason: "unknown-sku" | "unknown-shop" | "unchanged"; itemId?: number };

/**
 * Records the owner's count of a SKU in one Lightspeed shop, with a reason: in one transaction the ledger gets a
 * pending `override` row (the count as its resulting level, the change from the portal's on-hand as its delta)
 * and the audit log records who, what, before, the count and why. The on-hand does not move yet: Lightspeed is the
 * on-hand truth, so the count is posted there as an inventory count (post-override-count.ts) and applied only once
 * Lightspeed has reconciled it (confirm-override-count.ts); the caller hands the row to the engine for that.
 */
export async function overrideOnHand(db: Database, input: OverrideInput, options: { userId: number; now?: Date }): Promise<OverrideResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx): Promise<OverrideResult> => {
    const [item] = await tx.select({ id: items.id, sku: items.sku }).from(items).where(eq(items.sku, input.sku));
    if (!item) return { changed: false, reason: "unknown-sku" };
    const [shop] = await tx.select({ id: lightspeedShops.id }).from(lightspeedShops).where(eq(lightspeedShops.id, input.lightspeedShopId));
    if (!shop) return { changed: false, reason: "unknown-shop", itemId: item.id };
    const [level] = await tx
      .select({ onHand: lightspeedLevels.onHand })
      .from(lightspeedLevels)
      .where(and(eq(lightspeedLevels.itemId, item.id), eq(lightspeedLevels.lightspeedShopId, shop.id)))
      .for("update");
    const before = level?.onHand ?? 0;
    const delta = input.onHand - before;
    if (delta === 0) return { changed: false, reason: "unchanged", itemId: item.id };
    const [movement] = await tx
      .insert(stockMovements)
      .values({
        sourceSystem: "portal",
        sourceEventId: `override:${randomUUID()}`,
        kind: "override",
        itemId: item.id,
        sku: item.sku,
        lightspeedShopId: shop.id,
        delta,
        resultingLevel: input.onHand,
        postedToLightspeed: false,
        note: `Owner override: ${input.reason}`,
        at: now,
      })
      .returning({ id: stockMovements.id });
    if (!movement) throw new Error("the override was not recorded");
    await recordAudit(tx, {
      actorUserId: options.userId,
      action: "stock.override",
      subjectType: "item",
      subjectId: String(item.id),
      before: { sku: item.sku, lightspeedShopId: shop.id, onHand: before },
      after: { sku: item.sku, lightspeedShopId: shop.id, onHand: input.onHand, delta, movementId: movement.id, postedToLightspeed: false },
      reason: input.reason,
    });
    return { changed: true, itemId: item.id, before, counted: input.onHand, delta, movementId: movement.id };
  });
}
