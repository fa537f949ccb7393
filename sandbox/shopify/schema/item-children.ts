import type { LevelState, VariantState } from "../state/store-state";
import type { RequestContext } from "./request-context";

type ItemChildren = { variants: Map<number, VariantState[]>; levels: Map<number, LevelState[]> };

const byRequest = new WeakMap<RequestContext, ItemChildren>();

/**
 * Each inventory item's variants and levels (by location), gathered once per request: a query over every item (a
 * bulk read of 50,000) stays linear instead of scanning every variant and level once per item.
 */
export function itemChildren(request: RequestContext): ItemChildren {
  const known = byRequest.get(request);
  if (known !== undefined) return known;
  const children: ItemChildren = { variants: new Map(), levels: new Map() };
  for (const variant of request.store.variants.values()) {
    const variants = children.variants.get(variant.inventoryItemId) ?? [];
    variants.push(variant);
    children.variants.set(variant.inventoryItemId, variants);
  }
  for (const level of request.store.levels.values()) {
    const levels = children.levels.get(level.inventoryItemId) ?? [];
    levels.push(level);
    children.levels.set(level.inventoryItemId, levels);
  }
  for (const levels of children.levels.values()) levels.sort((a, b) => a.locationId - b.locationId);
  byRequest.set(request, children);
  return children;
}
