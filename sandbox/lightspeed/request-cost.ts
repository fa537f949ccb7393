import { isRecord } from "./json-guards";

/**
 * Request costs since 2026-03-17 (drips): base 1; a Sale write 2, +3 when `completed=true`, +0.5 per nested
 * SaleLine; `Sale/{id}/refund` 10; `InventoryCountReconcile` 10; `count=1` 10; each loaded relation +0.1 (to-one) or +0.2 (to-many), doubled on a
 * list. (The sandbox keeps its own copy of the table: it must not borrow the client's.)
 */

const TO_MANY = new Set(["SaleLines", "SalePayments", "ItemShops", "Prices", "Registers"]);

export function relationCost(relations: readonly string[], list: boolean): number {
  const each = relations.reduce((sum, relation) => sum + (TO_MANY.has(relation) ? 0.2 : 0.1), 0);
  return list ? each * 2 : each;
}

export function costOfRead(relations: readonly string[], list: boolean, countOnly: boolean): number {
  if (countOnly) return 10;
  return 1 + relationCost(relations, list);
}

export function costOfSaleWrite(body: unknown, relations: readonly string[]): number {
  const sale = isRecord(body) ? body : {};
  const completed = sale.completed === true || sale.completed === "true";
  return 2 + (completed ? 3 : 0) + 0.5 * countSaleLines(sale.SaleLines) + relationCost(relations, false);
}

export const REFUND_COST = 10;

/** `POST InventoryCountReconcile`: reconciling a count, when stock moves. */
export const INVENTORY_COUNT_RECONCILE_COST = 10;

export function costOfWrite(relations: readonly string[]): number {
  return 1 + relationCost(relations, false);
}

function countSaleLines(container: unknown): number {
  if (!isRecord(container)) return 0;
  const lines = container.SaleLine;
  if (Array.isArray(lines)) return lines.length;
  return lines === undefined || lines === null ? 0 : 1;
}
