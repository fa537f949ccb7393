import { count, desc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { customers, orders, stockMovements } from "@/lib/db/schema";
import { describeSourceEvent } from "./describe-source-event";
import { findSourceInboxEntries, type SourceInboxEntry } from "./find-source-inbox-entries";

export type LedgerRow = {
  id: number;
  at: Date;
  sourceSystem: "lightspeed" | "shopify" | "stripe" | "portal";
  sourceEventId: string;
  /** The source event in words: "Shopify order 6012…", "Lightspeed sale 50491", "Stock count 318". */
  source: string;
  kind: "store_sale" | "online_order" | "refund_restock" | "override" | "count" | "receive" | "correction";
  delta: number;
  /** Lightspeed on-hand once applied; null while the movement waits to be posted. */
  resultingLevel: number | null;
  postedToLightspeed: boolean;
  postedAt: Date | null;
  note: string | null;
  orderId: number | null;
  /** The order's customer (the surviving one when merged), for the customer's timeline. */
  customerId: number | null;
  /** The webhooks that brought the source event in. */
  inboxEntries: SourceInboxEntry[];
};

export type SkuLedger = { rows: LedgerRow[]; total: number; page: number; pageCount: number };

export const ledgerPageSize = 100;

/**
 * The movement ledger of one item across every channel, newest first (ties broken by the ledger's own order), with
 * what each row links to: the order's customer and the inbox entries of its source event.
 */
export async function listSkuLedger(db: Executor, { itemId, page }: { itemId: number; page: number }): Promise<SkuLedger> {
  const [totals] = await db.select({ total: count() }).from(stockMovements).where(eq(stockMovements.itemId, itemId));
  const total = Number(totals?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / ledgerPageSize));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  const movements = await db
    .select({
      id: stockMovements.id,
      at: stockMovements.at,
      sourceSystem: stockMovements.sourceSystem,
      sourceEventId: stockMovements.sourceEventId,
      kind: stockMovements.kind,
      delta: stockMovements.delta,
      resultingLevel: stockMovements.resultingLevel,
      postedToLightspeed: stockMovements.postedToLightspeed,
      postedAt: stockMovements.postedAt,
      note: stockMovements.note,
      orderId: stockMovements.orderId,
      customerId: sql<number | null>`coalesce(${customers.mergedIntoId}, ${customers.id})`,
    })
    .from(stockMovements)
    .leftJoin(orders, eq(orders.id, stockMovements.orderId))
    .leftJoin(customers, eq(customers.id, orders.customerId))
    .where(eq(stockMovements.itemId, itemId))
    .orderBy(desc(stockMovements.at), desc(stockMovements.id))
    .limit(ledgerPageSize)
    .offset((current - 1) * ledgerPageSize);
  const oldest = movements.at(-1)?.at;
  const inbox = oldest
    ? await findSourceInboxEntries(db, { sourceKeys: movements.map((movement) => movement.sourceEventId), since: oldest })
    : new Map<string, SourceInboxEntry[]>();
  return {
    rows: movements.map((movement) => ({
      ...movement,
      customerId: movement.customerId === null ? null : Number(movement.customerId),
      source: describeSourceEvent(movement.sourceEventId),
      inboxEntries: inbox.get(movement.sourceEventId) ?? [],
    })),
    total,
    page: current,
    pageCount,
  };
}
