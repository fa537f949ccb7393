import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db";
import { webhookInbox, type InboxEntry } from "@/lib/db/schema";

/** The inbox entry an engine event points at (`event.data.inboxId`), or null if there is none. */
export async function readInboxEntry(db: Executor, id: number): Promise<InboxEntry | null> {
  const [entry] = await db.select().from(webhookInbox).where(eq(webhookInbox.id, id));
  return entry ?? null;
}
