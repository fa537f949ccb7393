import { and, eq, isNull } from "drizzle-orm";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/open-database";
import { attentionItems } from "@/lib/db/schema";

/** Closes an open needs-attention item with what the owner did about it (audited). False when already closed. */
export async function resolveAttentionItem(
  db: Database,
  input: { attentionItemId: number; resolution: string },
  options: { userId: number; now?: Date },
): Promise<boolean> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [item] = await tx
      .update(attentionItems)
      .set({ resolvedAt: now, resolvedBy: options.userId, resolution: input.resolution })
      .where(and(eq(attentionItems.id, input.attentionItemId), isNull(attentionItems.resolvedAt)))
      .returning({ id: attentionItems.id, kind: attentionItems.kind, subjectKey: attentionItems.subjectKey });
    if (!item) return false;
    await recordAudit(tx, {
      actorUserId: options.userId,
      action: "attention.resolve",
      subjectType: "attention_item",
      subjectId: String(item.id),
      before: { kind: item.kind, subjectKey: item.subjectKey, resolvedAt: null },
      after: { resolvedAt: now.toISOString(), resolution: input.resolution },
      reason: input.resolution,
    });
    return true;
  });
}
