import { and, asc, eq, lt } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { stockMovements } from "@/lib/db/schema";

/** Override rows not yet reconciled in Lightspeed and made before `before`, oldest first (at most `limit`). */
export async function listPendingOverrides(
  db: Executor,
  params: { before: Date; limit: number },
): Promise<Array<{ movementId: number; itemId: number }>> {
  return db
    .select({ movementId: stockMovements.id, itemId: stockMovements.itemId })
    .from(stockMovements)
    .where(and(eq(stockMovements.kind, "override"), eq(stockMovements.postedToLightspeed, false), lt(stockMovements.at, params.before)))
    .orderBy(asc(stockMovements.at), asc(stockMovements.id))
    .limit(params.limit);
}
