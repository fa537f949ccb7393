/**
 * The part of Shopify's search syntax the sandbox understands: `sku:VALUE` (quoted or not). Any other term
 * is ignored, so a query the sandbox cannot read returns more rather than fewer rows.
 */
export function skuFilter(query: string | null | undefined): ((sku: string | null) => boolean) | null {
  if (query === null || query === undefined) return null;
  const match = /(?:^|\s)sku:(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(query);
  if (match === null) return null;
  const wanted = match[1] ?? match[2] ?? match[3] ?? "";
  return (sku) => sku === wanted;
}
