/** Shopify ids: GraphQL speaks gid://shopify/{Type}/{id}; webhook payloads carry the bare integer. */
export function toShopifyGid(type: string, legacyId: number | string): string {
  return `gid://shopify/${type}/${legacyId}`;
}

/** The integer id inside a gid (for InventoryLevel gids, the location's). Null when it is not a Shopify gid. */
export function legacyIdFromGid(gid: string): number | null {
  const match = /^gid:\/\/shopify\/[A-Za-z]+\/(\d+)(?:\?.*)?$/.exec(gid);
  return match?.[1] === undefined ? null : Number(match[1]);
}
