import type { Executor } from "@/lib/db/open-database";
import { auditLog } from "@/lib/db/schema";
import { idOf, insertInBatches } from "./insert-in-batches";
import type { DemoShopPlan } from "./plan-demo-shop";
import type { SeedIds } from "./seed-ids";
import { overrideReason } from "./stock-ledger";

const minuteMs = 60_000;

/** Who did what: the owner's overrides, merges, settings and repairs over the demo's history. */
export async function insertAudit(db: Executor, plan: DemoShopPlan, ids: SeedIds, repairedDriftId: number | null): Promise<number> {
  const { story } = plan.ledger;
  const day = 86_400_000;
  const household = plan.customers.merges.find((merge) => merge.undoneAt !== null);
  const manual = plan.customers.merges.find((merge) => merge.byOwner);
  const rows: (typeof auditLog.$inferInsert)[] = [
    { actorUserId: ids.ownerId, action: "user.create", subjectType: "user", subjectId: String(ids.staffId), before: null, after: { email: "staff@example.com", role: "staff" }, reason: "New shop assistant", at: new Date(plan.windowStart.getTime() - 20 * day) },
    { actorUserId: ids.ownerId, action: "store.default_buffer.update", subjectType: "shopify_store", subjectId: String(ids.storeIds.outlet), before: { defaultSafetyBuffer: 1 }, after: { defaultSafetyBuffer: 2 }, reason: "Outlet oversold twice on one-off seconds", at: new Date(plan.windowStart.getTime() + 12 * day) },
    { actorUserId: ids.ownerId, action: "safety_buffer.set", subjectType: "item", subjectId: String(idOf(ids.itemIds, "ESP-MCH-SGL", "item")), before: null, after: { storeId: ids.storeIds.main, units: 1 }, reason: "Keep the display machine out of the online figure", at: new Date(plan.windowStart.getTime() + 40 * day) },
    { actorUserId: ids.ownerId, action: "stock.override", subjectType: "item", subjectId: String(idOf(ids.itemIds, story.overrideSku, "item")), before: { onHand: story.overrideLevelBefore }, after: { onHand: story.overrideLevelBefore + story.overrideDelta }, reason: overrideReason(story.overrideDelta), at: story.overrideAt },
  ];
  if (household?.undoneAt) {
    rows.push({ actorUserId: ids.ownerId, action: "customer_merge.undo", subjectType: "customer", subjectId: String(idOf(ids.customerIds, household.mergedKey, "customer")), before: { mergedIntoId: idOf(ids.customerIds, household.survivorKey, "customer") }, after: { mergedIntoId: null }, reason: "Different people sharing a home phone", at: household.undoneAt });
  }
  if (manual) {
    rows.push({ actorUserId: ids.ownerId, action: "customer.merge", subjectType: "customer", subjectId: String(idOf(ids.customerIds, manual.mergedKey, "customer")), before: { mergedIntoId: null }, after: { mergedIntoId: idOf(ids.customerIds, manual.survivorKey, "customer") }, reason: "Same person, ordered online with a work email", at: manual.mergedAt });
  }
  if (repairedDriftId !== null) {
    rows.push({ actorUserId: ids.ownerId, action: "drift.repair", subjectType: "drift_report", subjectId: String(repairedDriftId), before: { available: 0 }, after: { restored: "sellable" }, reason: "Shopify CSV import overwrote stock", at: new Date(plan.reconciledAt.getTime() + 6 * minuteMs) });
  }
  return insertInBatches(rows, (batch) => db.insert(auditLog).values(batch));
}
