/** Shopify global ids: gid://shopify/{Type}/{id}, InventoryLevel as …/{locationId}?inventory_item_id={itemId}. */
export function gid(type: string, id: number): string {
  return `gid://shopify/${type}/${id}`;
}

export function inventoryLevelGid(inventoryItemId: number, locationId: number): string {
  return `gid://shopify/InventoryLevel/${locationId}?inventory_item_id=${inventoryItemId}`;
}

export type ParsedGid = { type: string; id: number; query: URLSearchParams };

export function parseGid(value: unknown): ParsedGid | null {
  if (typeof value !== "string") return null;
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?(.*))?$/.exec(value);
  if (match === null) return null;
  const [, type, id, query] = match;
  if (type === undefined || id === undefined) return null;
  return { type, id: Number(id), query: new URLSearchParams(query ?? "") };
}

/** The numeric id of a gid of the given type, or of a bare number / numeric string (control API input). */
export function idOf(value: unknown, type: string): number | null {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  const parsed = parseGid(value);
  return parsed !== null && parsed.type === type ? parsed.id : null;
}
