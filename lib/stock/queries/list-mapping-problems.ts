import { asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { mappingProblems, shopifyStores } from "@/lib/db/schema";

/** Open mapping problems: Shopify listings the portal refuses to guess about, some matching no item at all. */
export function listOpenMappingProblems(db: Executor) {
  return db
    .select({
      id: mappingProblems.id,
      kind: mappingProblems.kind,
      system: mappingProblems.system,
      storeName: shopifyStores.name,
      sku: mappingProblems.sku,
      externalId: mappingProblems.externalId,
      detail: mappingProblems.detail,
      detectedAt: mappingProblems.detectedAt,
    })
    .from(mappingProblems)
    .leftJoin(shopifyStores, eq(shopifyStores.id, mappingProblems.storeId))
    .where(isNull(mappingProblems.resolvedAt))
    .orderBy(asc(mappingProblems.detectedAt), asc(mappingProblems.id));
}

export type OpenMappingProblem = Awaited<ReturnType<typeof listOpenMappingProblems>>[number];
