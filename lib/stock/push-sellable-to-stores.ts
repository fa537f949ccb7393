import { createHash } from "node:crypto";
import { groupBy } from "@/lib/collections/group-by";
import type { QuantityWrite, ShopifyClient } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db/open-database";
import { loadItemStoreTargets, type ItemStoreTarget } from "./load-item-store-targets";
import { recordShopifyLevel, recordShopifyWrite } from "./record-shopify-level";

export type PushSellableResult = {
  written: number;
  unchanged: number;
  /** Re-read after a stale compare (an order or an edit moved the store since the portal last saw it). */
  reread: number;
  /** Refused by Shopify for a reason a retry will not fix (unknown item, not stocked at the location). */
  rejected: Array<{ storeId: number; itemId: number; message: string }>;
};

/** A store is unreachable or did not answer: the caller's step fails and is retried with the same keys. */
export class ShopifyWriteFailed extends Error {}

const maxRounds = 4;

/**
 * Sets every store's `available` for these items to the expected sellable figure with compare-and-set. On a
 * stale compare it re-reads the store and recomputes, so a store that already decremented itself for its own
 * order is not decremented twice. Idempotency keys are derived from the intent (item, store, from, to) and when
 * the portal learned the "from" (a read, a webhook or its own write): a retry after a lost answer replays instead of
 * writing again, while the same move made again later (9 → 8 today, back to 9, then 9 → 8 again) or after a stale
 * compare and a re-read that found the same figure is a new write and not a replay.
 */
export async function pushSellableToStores(
  db: Database,
  clients: ReadonlyMap<string, ShopifyClient>,
  itemIds: readonly number[],
  now: () => Date = () => new Date(),
): Promise<PushSellableResult> {
  const result: PushSellableResult = { written: 0, unchanged: 0, reread: 0, rejected: [] };
  let pending = await loadItemStoreTargets(db, itemIds);
  for (let round = 0; round < maxRounds && pending.length > 0; round += 1) {
    const byStore = groupBy(pending, (target) => target.domain);
    const stale: ItemStoreTarget[] = [];
    for (const [domain, targets] of byStore) {
      const client = clients.get(domain);
      if (!client) continue;
      const toWrite = targets.filter((target) => target.lastKnown !== target.expected);
      result.unchanged += targets.length - toWrite.length;
      if (toWrite.length === 0) continue;
      const unknown = toWrite.filter((target) => target.lastKnown === null);
      if (unknown.length > 0) {
        await rereadLevels(db, client, unknown, now());
        result.reread += unknown.length;
      }
      const writes = toWrite.filter((target) => target.lastKnown !== null && target.lastKnown !== target.expected);
      if (writes.length === 0) continue;
      const quantities: QuantityWrite[] = writes.map((target) => ({
        inventoryItemId: target.inventoryItemId,
        locationId: target.locationId,
        quantity: target.expected,
        changeFromQuantity: target.lastKnown,
      }));
      const key = sellableWriteKey(writes);
      const outcome = await client.setInventoryQuantities({ quantities, idempotencyKey: key, name: "available", reason: "correction" });
      const targetOf = (write: QuantityWrite) => writes.find((t) => t.inventoryItemId === write.inventoryItemId && t.locationId === write.locationId);
      for (const write of outcome.applied) {
        const target = targetOf(write);
        if (!target) continue;
        await recordShopifyWrite(db, { ...target, quantity: write.quantity, idempotencyKey: key, at: now() });
        result.written += 1;
      }
      for (const write of outcome.stale) {
        const target = targetOf(write);
        if (target) stale.push(target);
      }
      for (const refused of outcome.rejected) {
        const target = targetOf(refused.quantity);
        if (target) result.rejected.push({ storeId: target.storeId, itemId: target.itemId, message: refused.message });
      }
      if (outcome.failed.length > 0) {
        throw new ShopifyWriteFailed(`${domain}: ${outcome.failed.map((failure) => failure.error.message).join("; ")}`);
      }
    }
    if (stale.length === 0) break;
    for (const [domain, targets] of groupBy(stale, (target) => target.domain)) {
      const client = clients.get(domain);
      if (client) await rereadLevels(db, client, targets, now());
    }
    result.reread += stale.length;
    pending = await loadItemStoreTargets(db, [...new Set(stale.map((target) => target.itemId))]);
    pending = pending.filter((target) => stale.some((s) => s.storeId === target.storeId && s.itemId === target.itemId));
  }
  return result;
}

/** A UUID-shaped key (what Shopify's `@idempotent` expects) for one batch of intended writes. */
function sellableWriteKey(writes: readonly ItemStoreTarget[]): string {
  const intent = writes.map((t) => `${t.storeId}.${t.itemId}.${t.lastKnown}>${t.expected}@${t.lastObservedAtMs}`).join(",");
  const hex = createHash("sha256").update(`sellable:${intent}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function rereadLevels(db: Database, client: ShopifyClient, targets: readonly ItemStoreTarget[], at: Date): Promise<void> {
  for (const [locationId, group] of groupBy(targets, (target) => target.locationId)) {
    const read = await client.readItemLevels({ inventoryItemIds: group.map((target) => target.inventoryItemId), locationId });
    if (!read.ok) throw new ShopifyWriteFailed(`${client.shopDomain}: ${read.error.message}`);
    for (const level of read.value) {
      const target = group.find((t) => t.inventoryItemId === level.inventoryItemId);
      if (target && level.available !== null) {
        await recordShopifyLevel(db, { itemId: target.itemId, storeId: target.storeId, available: level.available, at });
      }
    }
  }
}
