import { and, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { items, safetyBuffers, shopifyStores } from "@/lib/db/schema";

export type SetSafetyBufferResult =
  | { changed: true; created: boolean }
  | { changed: false; reason: "unknown-sku" | "unknown-store" | "unchanged" };

/**
 * Sets one store's buffer for one SKU (overriding the store's default; 0 means none), audited with its before and
 * after, in one transaction.
 */
export async function setSafetyBuffer(
  db: Executor,
  input: { storeId: number; sku: string; units: number; reason: string | null },
  actorUserId: number,
): Promise<SetSafetyBufferResult> {
  return db.transaction(async (tx) => {
    const [store] = await tx.select({ id: shopifyStores.id, name: shopifyStores.name }).from(shopifyStores).where(eq(shopifyStores.id, input.storeId)).limit(1);
    if (!store) return { changed: false, reason: "unknown-store" } as const;
    const [item] = await tx.select({ id: items.id, sku: items.sku }).from(items).where(eq(items.sku, input.sku)).limit(1);
    if (!item) return { changed: false, reason: "unknown-sku" } as const;
    const [existing] = await tx
      .select()
      .from(safetyBuffers)
      .where(and(eq(safetyBuffers.storeId, store.id), eq(safetyBuffers.itemId, item.id)))
      .limit(1)
      .for("update");
    if (existing?.units === input.units) return { changed: false, reason: "unchanged" } as const;
    const now = new Date();
    await tx
      .insert(safetyBuffers)
      .values({ storeId: store.id, itemId: item.id, units: input.units, updatedAt: now })
      .onConflictDoUpdate({ target: [safetyBuffers.storeId, safetyBuffers.itemId], set: { units: input.units, updatedAt: now } });
    await recordAudit(tx, {
      actorUserId,
      action: "safety_buffer.set",
      subjectType: "item",
      subjectId: String(item.id),
      before: existing ? { sku: item.sku, storeId: store.id, store: store.name, units: existing.units } : null,
      after: { sku: item.sku, storeId: store.id, store: store.name, units: input.units },
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return { changed: true, created: existing === undefined } as const;
  });
}

/** Removes a per-SKU buffer, so the store's default applies again; audited. */
export async function removeSafetyBuffer(
  db: Executor,
  input: { storeId: number; itemId: number; reason: string | null },
  actorUserId: number,
): Promise<{ removed: boolean }> {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(safetyBuffers)
      .where(and(eq(safetyBuffers.storeId, input.storeId), eq(safetyBuffers.itemId, input.itemId)))
      .returning();
    if (!removed) return { removed: false };
    const [context] = await tx
      .select({ sku: items.sku, store: shopifyStores.name, defaultSafetyBuffer: shopifyStores.defaultSafetyBuffer })
      .from(items)
      .innerJoin(shopifyStores, eq(shopifyStores.id, input.storeId))
      .where(eq(items.id, input.itemId))
      .limit(1);
    await recordAudit(tx, {
      actorUserId,
      action: "safety_buffer.remove",
      subjectType: "item",
      subjectId: String(input.itemId),
      before: { sku: context?.sku ?? null, storeId: input.storeId, store: context?.store ?? null, units: removed.units },
      after: { sku: context?.sku ?? null, storeId: input.storeId, store: context?.store ?? null, units: null, storeDefault: context?.defaultSafetyBuffer ?? null },
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return { removed: true };
  });
}
