/**
 * What a request costs in the R-Series leaky bucket (drips), by the table in force since 2026-03-17:
 * base 1; a Sale write 2, +3 when completed, +0.5 per nested line; a refund 10; reconciling a count 10; `count=1` 10; each loaded relation
 * +0.1 (to-one) or +0.2 (to-many), doubled on a list. The budget reserves this before sending, so it must not
 * undercount.
 */

/** The relations the connector loads, and whether each is to-one or to-many. */
const RELATION_KINDS = {
  SaleLines: "many",
  SalePayments: "many",
  ItemShops: "many",
  Contact: "one",
} as const;

export type LightspeedRelation = keyof typeof RELATION_KINDS;

function relationsCost(relations: readonly LightspeedRelation[], list: boolean): number {
  const each = relations.reduce((sum, relation) => sum + (RELATION_KINDS[relation] === "many" ? 0.2 : 0.1), 0);
  return list ? each * 2 : each;
}

export function readCost(options: { list: boolean; relations?: readonly LightspeedRelation[] }): number {
  return 1 + relationsCost(options.relations ?? [], options.list);
}

export function saleWriteCost(options: {
  completed: boolean;
  lines: number;
  relations?: readonly LightspeedRelation[];
}): number {
  return 2 + (options.completed ? 3 : 0) + 0.5 * options.lines + relationsCost(options.relations ?? [], false);
}

export const REFUND_COST = 10;

/** `POST InventoryCountReconcile` (reconciling a count, the moment stock moves). */
export const INVENTORY_COUNT_RECONCILE_COST = 10;

export function writeCost(relations: readonly LightspeedRelation[] = []): number {
  return 1 + relationsCost(relations, false);
}

/** The `load_relations` query value: a JSON array, e.g. `["SaleLines"]`. */
export function loadRelationsParam(relations: readonly LightspeedRelation[]): string {
  return JSON.stringify(relations);
}
