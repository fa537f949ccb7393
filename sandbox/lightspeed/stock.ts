import { takeId, type SandboxState, type SimItemShop } from "./sandbox-state";

const rowsByItemAndShop = new WeakMap<SandboxState["itemShops"], Map<string, SimItemShop>>();

/**
 * The rows by item and shop, so finding one does not scan them all (seeding 50,000 items was quadratic). Rows are
 * only added by `itemShopRow` and only removed all at once, so an index of another size is rebuilt.
 */
function rowIndex(state: SandboxState): Map<string, SimItemShop> {
  const known = rowsByItemAndShop.get(state.itemShops);
  if (known !== undefined && known.size === state.itemShops.size) return known;
  const index = new Map([...state.itemShops.values()].map((row) => [`${row.itemId}:${row.shopId}`, row]));
  rowsByItemAndShop.set(state.itemShops, index);
  return index;
}

/** The ItemShop row of an item in a shop (0 = summary), created at 0 if the shop has none yet. */
export function itemShopRow(state: SandboxState, itemId: number, shopId: number, now: number): SimItemShop {
  const index = rowIndex(state);
  const found = index.get(`${itemId}:${shopId}`);
  if (found !== undefined) return found;
  const row: SimItemShop = {
    itemShopId: takeId(state, "itemShop"),
    itemId,
    shopId,
    qoh: 0,
    backorder: 0,
    reorderPoint: 0,
    reorderLevel: 0,
    timeStamp: now,
  };
  state.itemShops.set(row.itemShopId, row);
  index.set(`${itemId}:${shopId}`, row);
  return row;
}

/** Every item gets a row per shop plus the shopID-0 summary row, as in R-Series. */
export function ensureItemShopRows(state: SandboxState, now: number): void {
  for (const item of state.items.values()) {
    itemShopRow(state, item.itemId, 0, now);
    for (const shop of state.shops.values()) itemShopRow(state, item.itemId, shop.shopId, now);
  }
}

/**
 * Moves stock by `delta` in one shop (a sale takes, a refund gives back) and keeps the summary row as the sum of
 * the shops. Sales may drive qoh below zero (only direct writes are refused a negative qoh). Both rows' timeStamp
 * moves, which is what a poller of `ItemShop.json?timeStamp=>=,…` relies on.
 */
export function moveStock(state: SandboxState, itemId: number, shopId: number, delta: number, now: number): void {
  if (delta === 0) return;
  const row = itemShopRow(state, itemId, shopId, now);
  row.qoh += delta;
  row.timeStamp = now;
  refreshSummaryRow(state, itemId, now);
}

/**
 * Sets an item's qoh in one shop to what was counted (a reconciled inventory count) and returns the change. The
 * row's timeStamp moves even when the count agreed, as the reconcile touched it; the summary row follows.
 */
export function setCountedStock(state: SandboxState, itemId: number, shopId: number, qoh: number, now: number): number {
  const row = itemShopRow(state, itemId, shopId, now);
  const change = qoh - row.qoh;
  row.qoh = qoh;
  row.timeStamp = now;
  refreshSummaryRow(state, itemId, now);
  return change;
}

function refreshSummaryRow(state: SandboxState, itemId: number, now: number): void {
  const summary = itemShopRow(state, itemId, 0, now);
  summary.qoh = [...state.itemShops.values()]
    .filter((candidate) => candidate.itemId === itemId && candidate.shopId !== 0)
    .reduce((sum, candidate) => sum + candidate.qoh, 0);
  summary.timeStamp = now;
}
