import type { Executor } from "@/lib/db/open-database";
import { driftReports, reconciliationRuns } from "@/lib/db/schema";
import { idOf } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";

const minuteMs = 60_000;

/** The last scheduled reconciliation (its drift repaired or explained) and the drift still open. */
export async function insertReconciliation(db: Executor, plan: DemoShopPlan, ids: SeedIds, startedAt: Date): Promise<{ count: number; ownerRepairedId: number | null }> {
  const { reconciledAt, ledger } = plan;
  const correction = ledger.movements.find((movement) => movement.kind === "correction");
  const repairedSku = plan.storeLevels.levels.find((level) => level.storeKey === "outlet" && !plan.storeLevels.openDrifts.some((drift) => drift.sku === level.sku) && level.available > 2)?.sku;
  const ownerRepairedSku = plan.storeLevels.levels.find((level) => level.storeKey === "main" && level.available > 3 && level.sku !== repairedSku && !plan.storeLevels.openDrifts.some((drift) => drift.sku === level.sku))?.sku;
  const inRun = [
    correction && {
      itemId: idOf(ids.itemIds, correction.sku, "item"),
      system: "lightspeed" as const,
      shopifyStoreId: null,
      expected: (correction.resultingLevel ?? 0) - correction.delta,
      actual: correction.resultingLevel ?? 0,
      cause: "Lightspeed on-hand was 1 below the ledger with no sale or count to explain it (edited in the Lightspeed back office); Lightspeed is the truth, so the ledger took a correction.",
      detectedAt: reconciledAt,
      repairedAt: reconciledAt,
      repairedBy: null,
    },
    repairedSku && {
      itemId: idOf(ids.itemIds, repairedSku, "item"),
      system: "shopify" as const,
      shopifyStoreId: ids.storeIds.outlet,
      expected: plan.storeLevels.levels.find((level) => level.storeKey === "outlet" && level.sku === repairedSku)?.available ?? 0,
      actual: (plan.storeLevels.levels.find((level) => level.storeKey === "outlet" && level.sku === repairedSku)?.available ?? 0) + 1,
      cause: "An outlet order decremented Shopify between the portal's read and write (stale changeFromQuantity); re-read, recomputed and set.",
      detectedAt: new Date(reconciledAt.getTime() - 60_000),
      repairedAt: new Date(reconciledAt.getTime() - 58_000),
      repairedBy: null,
    },
    ownerRepairedSku && {
      itemId: idOf(ids.itemIds, ownerRepairedSku, "item"),
      system: "shopify" as const,
      shopifyStoreId: ids.storeIds.main,
      expected: plan.storeLevels.levels.find((level) => level.storeKey === "main" && level.sku === ownerRepairedSku)?.available ?? 0,
      actual: 0,
      cause: "Shopify showed 0 after a product CSV import in Shopify admin overwrote the quantity; the owner chose to restore the sellable figure.",
      detectedAt: new Date(reconciledAt.getTime() - 90_000),
      repairedAt: new Date(reconciledAt.getTime() + 6 * minuteMs),
      repairedBy: ids.ownerId,
    },
  ].filter((report) => !!report);
  const [run] = await db
    .insert(reconciliationRuns)
    .values({ status: "completed", totalSkus: plan.items.length, checkedSkus: plan.items.length, driftingSkus: inRun.length, triggeredBy: null, startedAt, finishedAt: new Date(reconciledAt.getTime() + 40_000) })
    .returning({ id: reconciliationRuns.id });
  const open = plan.storeLevels.openDrifts.map((drift) => ({
    reconciliationRunId: null,
    itemId: idOf(ids.itemIds, drift.sku, "item"),
    system: "shopify" as const,
    shopifyStoreId: ids.storeIds[drift.storeKey],
    expected: drift.expected,
    actual: drift.actual,
    cause: drift.cause,
    detectedAt: drift.detectedAt,
    repairedAt: null,
    repairedBy: null,
  }));
  const reports = await db
    .insert(driftReports)
    .values([...inRun.map((report) => ({ ...report, reconciliationRunId: run?.id ?? null })), ...open])
    .returning({ id: driftReports.id, repairedBy: driftReports.repairedBy });
  return { count: reports.length, ownerRepairedId: reports.find((report) => report.repairedBy !== null)?.id ?? null };
}
