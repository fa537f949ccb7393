import { and, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ShopifyClient } from "@/lib/connectors/shopify";
import type { Database } from "@/lib/db/open-database";
import { driftReports } from "@/lib/db/schema";
import { loadItemStoreTargets, type ItemStoreTarget } from "@/lib/stock/load-item-store-targets";
import { pushSellableToStores, type PushSellableResult } from "@/lib/stock/push-sellable-to-stores";
import { refreshStoreLevels } from "./refresh-store-levels";
import { reconcileChunkSize } from "./run-full-reconciliation";

export type RepairScope = { itemIds: readonly number[] } | { all: true };

export type RepairDriftResult = {
  items: number;
  repaired: number;
  stillOpen: number;
  rejected: PushSellableResult["rejected"];
};

const chunks = <T>(values: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, index) => values.slice(index * size, (index + 1) * size));

/**
 * Repairs open drift: sets every store listing of the SKUs back to its sellable figure with compare-and-set
 * (batched, from what each store shows now), then marks each open report repaired — a store report when the store now shows its sellable figure, a
 * Lightspeed report at once (Lightspeed is the truth and its reading is already in the ledger). Audited.
 */
export async function repairDrift(
  db: Database,
  clients: ReadonlyMap<string, ShopifyClient>,
  scope: RepairScope,
  options: { userId: number | null; now?: () => Date },
): Promise<RepairDriftResult> {
  const now = options.now ?? (() => new Date());
  const open = await db
    .select({ id: driftReports.id, itemId: driftReports.itemId, system: driftReports.system, storeId: driftReports.shopifyStoreId })
    .from(driftReports)
    .where(and(isNull(driftReports.repairedAt), "all" in scope ? undefined : inArray(driftReports.itemId, scope.itemIds.length > 0 ? [...scope.itemIds] : [-1])));
  const itemIds = [...new Set(open.map((row) => row.itemId))];
  const result: RepairDriftResult = { items: itemIds.length, repaired: 0, stillOpen: 0, rejected: [] };
  if (open.length === 0) return result;

  const settled = new Map<string, ItemStoreTarget>();
  for (const batch of chunks(itemIds, reconcileChunkSize)) {
    await refreshStoreLevels(db, clients, await loadItemStoreTargets(db, batch), now);
    const pushed = await pushSellableToStores(db, clients, batch, now);
    result.rejected.push(...pushed.rejected);
    for (const target of await loadItemStoreTargets(db, batch)) settled.set(`${target.itemId}:${target.storeId}`, target);
  }
  const repairedIds = open
    .filter((row) => {
      if (row.system !== "shopify") return true;
      const target = settled.get(`${row.itemId}:${row.storeId ?? 0}`);
      const rejected = result.rejected.some((refusal) => refusal.itemId === row.itemId && refusal.storeId === row.storeId);
      return target !== undefined && clients.has(target.domain) && !rejected && target.lastKnown === target.expected;
    })
    .map((row) => row.id);
  result.repaired = repairedIds.length;
  result.stillOpen = open.length - repairedIds.length;

  await db.transaction(async (tx) => {
    const at = now();
    for (const batch of chunks(repairedIds, 500)) {
      await tx.update(driftReports).set({ repairedAt: at, repairedBy: options.userId }).where(and(inArray(driftReports.id, batch), isNull(driftReports.repairedAt)));
    }
    await recordAudit(tx, {
      actorUserId: options.userId,
      action: "drift.repair",
      subjectType: "drift_report",
      subjectId: "all" in scope ? "all" : itemIds.join(","),
      before: { open: open.length },
      after: { repaired: repairedIds, stillOpen: result.stillOpen, rejected: result.rejected },
    });
  });
  return result;
}
