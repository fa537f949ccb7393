import type { Executor } from "@/lib/db";
import type { InboxEntry } from "@/lib/db/schema";
import { parseJsonKeepingBigIntegers } from "@/lib/json/parse-json-keeping-big-integers";
import { classifyInventoryLevelUpdate } from "@/lib/stock/classify-inventory-level-update";
import { inventoryLevelPayloadSchema } from "@/lib/stock/inventory-level-payload";

/**
 * Every write the portal makes to a store comes back as an `inventory_levels/update`. The echo of its own last
 * write (or an update about a location or item the portal does not manage) needs no engine run: it is settled as
 * soon as it is recorded, with the reason to ignore it. Anything else answers null and goes to the engine, which
 * also judges entries that arrive by the sweep or a replay, with the same classifier.
 */
export async function settleInventoryEcho(db: Executor, entry: Pick<InboxEntry, "topic" | "shopDomain" | "rawBody">, now: Date): Promise<string | null> {
  if (entry.topic !== "inventory_levels/update" || entry.shopDomain === null) return null;
  const parsed = inventoryLevelPayloadSchema.safeParse(parseJsonKeepingBigIntegers(entry.rawBody));
  if (!parsed.success) return null;
  const classified = await classifyInventoryLevelUpdate(db, entry.shopDomain, parsed.data, now);
  if (classified.kind === "echo") return "echo of the portal's own write";
  return classified.kind === "ignored" ? classified.reason : null;
}
