import { like, or } from "drizzle-orm";
import type { Database } from "@/lib/db/open-database";
import { webhookInbox } from "@/lib/db/schema";

export type InboxCount = { acknowledged: number; stored: number; missing: number };

/**
 * Of the deliveries acknowledged (200) in each phase — ids `<prefix>-n`, Stripe `evt_<prefix>-n`, keyed by prefix —
 * how many are in the inbox, and how many are not (must be none).
 */
export async function countStoredDeliveries(db: Database, acceptedIdsByPrefix: Record<string, readonly string[]>): Promise<InboxCount> {
  const total: InboxCount = { acknowledged: 0, stored: 0, missing: 0 };
  for (const [prefix, acceptedIds] of Object.entries(acceptedIdsByPrefix)) {
    const rows = await db
      .select({ id: webhookInbox.providerEventId })
      .from(webhookInbox)
      .where(or(like(webhookInbox.providerEventId, `${prefix}-%`), like(webhookInbox.providerEventId, `evt\\_${prefix}-%`)));
    const stored = new Set(rows.map((row) => row.id));
    const missing = acceptedIds.filter((id) => !stored.has(id)).length;
    total.acknowledged += acceptedIds.length;
    total.stored += acceptedIds.length - missing;
    total.missing += missing;
  }
  return total;
}
