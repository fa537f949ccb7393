import { eq } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { items } from "@/lib/db/schema";

export type SetLeadTimeResult = { changed: true } | { changed: false; reason: "unknown-sku" | "unchanged" };

/** Sets an item's supplier lead time (null: the shop's default applies), audited with its before and after. */
export async function setItemLeadTime(
  db: Executor,
  input: { sku: string; leadTimeDays: number | null; reason: string | null },
  actorUserId: number,
): Promise<SetLeadTimeResult> {
  return db.transaction(async (tx) => {
    const [item] = await tx.select({ id: items.id, sku: items.sku, leadTimeDays: items.leadTimeDays }).from(items).where(eq(items.sku, input.sku)).limit(1).for("update");
    if (!item) return { changed: false, reason: "unknown-sku" } as const;
    if (item.leadTimeDays === input.leadTimeDays) return { changed: false, reason: "unchanged" } as const;
    await tx.update(items).set({ leadTimeDays: input.leadTimeDays, updatedAt: new Date() }).where(eq(items.id, item.id));
    await recordAudit(tx, {
      actorUserId,
      action: "item.lead_time.update",
      subjectType: "item",
      subjectId: String(item.id),
      before: { sku: item.sku, leadTimeDays: item.leadTimeDays },
      after: { sku: item.sku, leadTimeDays: input.leadTimeDays },
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return { changed: true } as const;
  });
}
