import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { items, lightspeedLevels, lightspeedShops, stockMovements } from "@/lib/db/schema";
import { applyStockDelta } from "@/lib/stock/apply-stock-delta";

export type OverrideInput = { sku: string; lightspeedShopId: number; onHand: number; reason: string };

export type OverrideResult =
  | { changed: true; itemId: number; before: number; after: number; delta: number; movementId: number }
  | { changed: false; reason: "unknown-sku" | "unknown-shop" | "unchanged"; itemId?: number };

/** Says plainly in the ledger that the figure is the portal's own until Lightspeed has it too. */
export const overrideNotPostedNote = "not posted to Lightspeed: the connector has no inventory-count endpoint yet";

/**
 * The owner's count of a SKU in one Lightspeed shop, with a reason: in one transaction the ledger gets an
 * `override` row with the delta, the portal's on-hand moves by it (`applyStockDelta`), and the audit log records
 * who, what, before, after and why. The caller then sends `stock.changed` so every store follows.
 *
 * Not yet posted to Lightspeed as an InventoryCount (the connector has no count endpoint): until it is, a newer
 * Lightspeed reading (the poll after the SKU next moves there, or the next reconciliation) brings Lightspeed's
 * figure back, as a correction in the ledger.
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
    const after = await applyStockDelta(tx, { itemId: item.id, lightspeedShopId: shop.id, delta, sourceTimestamp: now, now });
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
        resultingLevel: after,
        postedToLightspeed: false,
        note: `Owner override: ${input.reason} (${overrideNotPostedNote})`,
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
      after: { sku: item.sku, lightspeedShopId: shop.id, onHand: after, delta, movementId: movement.id, postedToLightspeed: false },
      reason: input.reason,
    });
    return { changed: true, itemId: item.id, before, after, delta, movementId: movement.id };
  });
}
