import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { lightspeedShops, shopifyStores } from "@/lib/db/schema";

export type UpdateStoreResult = { changed: true; fields: ("defaultSafetyBuffer" | "lightspeedShopId")[] } | { changed: false; reason: "not-found" | "unknown-shop" | "unchanged" };

/**
 * Sets a Shopify store's default safety buffer and the Lightspeed shop whose stock feeds it, audited per field with
 * its before and after, in one transaction. The next sync sets every SKU of the store to its new sellable figure.
 */
export async function updateStoreSettings(
  db: Executor,
  input: { storeId: number; lightspeedShopId: number; defaultSafetyBuffer: number; reason: string | null },
  actorUserId: number,
): Promise<UpdateStoreResult> {
  return db.transaction(async (tx) => {
    const [store] = await tx.select().from(shopifyStores).where(eq(shopifyStores.id, input.storeId)).limit(1).for("update");
    if (!store) return { changed: false, reason: "not-found" } as const;
    const [shop] = await tx.select({ id: lightspeedShops.id, name: lightspeedShops.name }).from(lightspeedShops).where(eq(lightspeedShops.id, input.lightspeedShopId)).limit(1);
    if (!shop) return { changed: false, reason: "unknown-shop" } as const;
    const fields: ("defaultSafetyBuffer" | "lightspeedShopId")[] = [];
    if (store.defaultSafetyBuffer !== input.defaultSafetyBuffer) fields.push("defaultSafetyBuffer");
    if (store.lightspeedShopId !== input.lightspeedShopId) fields.push("lightspeedShopId");
    if (fields.length === 0) return { changed: false, reason: "unchanged" } as const;
    await tx
      .update(shopifyStores)
      .set({ defaultSafetyBuffer: input.defaultSafetyBuffer, lightspeedShopId: input.lightspeedShopId })
      .where(eq(shopifyStores.id, store.id));
    const common = { actorUserId, subjectType: "shopify_store", subjectId: String(store.id), ...(input.reason ? { reason: input.reason } : {}) };
    if (fields.includes("defaultSafetyBuffer")) {
      await recordAudit(tx, {
        ...common,
        action: "store.default_buffer.update",
        before: { store: store.name, defaultSafetyBuffer: store.defaultSafetyBuffer },
        after: { store: store.name, defaultSafetyBuffer: input.defaultSafetyBuffer },
      });
    }
    if (fields.includes("lightspeedShopId")) {
      await recordAudit(tx, {
        ...common,
        action: "store.lightspeed_shop.update",
        before: { store: store.name, lightspeedShopId: store.lightspeedShopId },
        after: { store: store.name, lightspeedShopId: shop.id, lightspeedShop: shop.name },
      });
    }
    return { changed: true, fields } as const;
  });
}
