import { asc, count, eq, isNotNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { connections, items, lightspeedShops, safetyBuffers, shopifyStores } from "@/lib/db/schema";
import { hideConfiguredSecretsIn } from "@/lib/operations/redact-secrets";
import { connectionHealth } from "./connection-health";

/** Each connection's health; tokens and cursors are never read for the screen, and errors show no configured secret. */
export async function listConnections(db: Executor) {
  const rows = await db
    .select({
      id: connections.id,
      system: connections.system,
      account: connections.account,
      lastSuccessAt: connections.lastSuccessAt,
      lastErrorAt: connections.lastErrorAt,
      lastError: connections.lastError,
    })
    .from(connections)
    .orderBy(asc(connections.system), asc(connections.account));
  return rows.map((row) => ({ ...row, lastError: hideConfiguredSecretsIn(row.lastError), health: connectionHealth(row) }));
}

/** The Shopify stores with the Lightspeed shop that feeds each, and every Lightspeed shop to choose from. */
export async function listStoreSettings(db: Executor) {
  const [stores, shops] = await Promise.all([
    db
      .select({
        id: shopifyStores.id,
        name: shopifyStores.name,
        domain: shopifyStores.domain,
        lightspeedShopId: shopifyStores.lightspeedShopId,
        lightspeedShopName: lightspeedShops.name,
        defaultSafetyBuffer: shopifyStores.defaultSafetyBuffer,
        connectedAt: shopifyStores.connectedAt,
      })
      .from(shopifyStores)
      .innerJoin(lightspeedShops, eq(lightspeedShops.id, shopifyStores.lightspeedShopId))
      .orderBy(asc(shopifyStores.id)),
    db.select({ id: lightspeedShops.id, name: lightspeedShops.name }).from(lightspeedShops).orderBy(asc(lightspeedShops.id)),
  ]);
  return { stores, shops };
}

/** Every per-SKU safety buffer, by store and SKU. */
export function listSafetyBuffers(db: Executor) {
  return db
    .select({
      storeId: safetyBuffers.storeId,
      storeName: shopifyStores.name,
      storeDefault: shopifyStores.defaultSafetyBuffer,
      itemId: safetyBuffers.itemId,
      sku: items.sku,
      name: items.name,
      variantName: items.variantName,
      units: safetyBuffers.units,
      updatedAt: safetyBuffers.updatedAt,
    })
    .from(safetyBuffers)
    .innerJoin(items, eq(items.id, safetyBuffers.itemId))
    .innerJoin(shopifyStores, eq(shopifyStores.id, safetyBuffers.storeId))
    .orderBy(asc(shopifyStores.name), asc(items.sku));
}

export const leadTimePageSize = 25;

/** Items with a lead time of their own, by SKU, one page at a time. */
export async function listItemLeadTimes(db: Executor, { page }: { page: number }) {
  const [totals] = await db.select({ total: count() }).from(items).where(isNotNull(items.leadTimeDays));
  const total = Number(totals?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / leadTimePageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await db
    .select({ id: items.id, sku: items.sku, name: items.name, variantName: items.variantName, supplier: items.supplier, leadTimeDays: items.leadTimeDays })
    .from(items)
    .where(isNotNull(items.leadTimeDays))
    .orderBy(asc(items.sku))
    .limit(leadTimePageSize)
    .offset((current - 1) * leadTimePageSize);
  return { rows, total, page: current, pageCount };
}

export type ConnectionRow = Awaited<ReturnType<typeof listConnections>>[number];
export type StoreSettingsRow = Awaited<ReturnType<typeof listStoreSettings>>["stores"][number];
export type SafetyBufferRow = Awaited<ReturnType<typeof listSafetyBuffers>>[number];
export type LeadTimeRow = Awaited<ReturnType<typeof listItemLeadTimes>>["rows"][number];
