/** How a reorder point was reached, for the table and the CSV. */
export type ReorderPoint = {
  /** Units per day over the window: units out ÷ window days. */
  dailyVelocity: number;
  leadTimeDays: number;
  leadTimeSource: "item" | "default";
  /** Velocity × lead time: what sells while an order is on its way. */
  leadTimeDemand: number;
  /** Velocity × safety-stock days. */
  safetyStock: number;
  /** ⌈velocity × (lead time + safety-stock days)⌉, whole units. */
  reorderPoint: number;
};

export type ReorderPointInput = {
  unitsOut: number;
  windowDays: number;
  itemLeadTimeDays: number | null;
  defaultLeadTimeDays: number;
  safetyStockDays: number;
};

/**
 * Reorder point = combined channel daily velocity × (supplier lead time, or the default) + safety stock
 * (velocity × safety-stock days), rounded up to a whole unit. Computed as ⌈units × (lead + safety) ÷ window⌉
 * so that whole results are exact.
 */
export function computeReorderPoint(input: ReorderPointInput): ReorderPoint {
  const units = Math.max(0, input.unitsOut);
  const leadTimeDays = input.itemLeadTimeDays ?? input.defaultLeadTimeDays;
  const dailyVelocity = units / input.windowDays;
  return {
    dailyVelocity,
    leadTimeDays,
    leadTimeSource: input.itemLeadTimeDays === null ? "default" : "item",
    leadTimeDemand: dailyVelocity * leadTimeDays,
    safetyStock: dailyVelocity * input.safetyStockDays,
    reorderPoint: Math.ceil((units * (leadTimeDays + input.safetyStockDays)) / input.windowDays),
  };
}
