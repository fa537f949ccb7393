import { asc, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { attentionItems, type AttentionItem } from "@/lib/db/schema";

export type OpenAttentionItem = Pick<AttentionItem, "id" | "kind" | "subjectKey" | "title" | "detail" | "createdAt">;

/** What the owner must still decide, oldest first. */
export async function listOpenAttention(db: Executor): Promise<OpenAttentionItem[]> {
  return db
    .select({
      id: attentionItems.id,
      kind: attentionItems.kind,
      subjectKey: attentionItems.subjectKey,
      title: attentionItems.title,
      detail: attentionItems.detail,
      createdAt: attentionItems.createdAt,
    })
    .from(attentionItems)
    .where(isNull(attentionItems.resolvedAt))
    .orderBy(asc(attentionItems.createdAt), asc(attentionItems.id));
}
