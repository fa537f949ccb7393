import type { Metadata } from "../stripe-objects";

export type LineForMetadata = { sku: string; quantity: number; unitAmount?: number; restock?: boolean };

/**
 * Writes lines the way the shop's storefront and the portal do (lib/connectors/stripe/line-metadata.ts documents the
 * convention; the sandbox keeps its own copy on purpose, so a drift shows up in the contract tests): `ls_lines` as
 * compact JSON, continued in `ls_lines_2`, … when a value would pass Stripe's 500-character limit.
 */
export function encodeLineMetadata(lines: readonly LineForMetadata[]): Metadata {
  const entries = lines.map((line) => {
    const entry: { sku: string; q: number; u?: number; r?: boolean } = { sku: line.sku, q: line.quantity };
    if (line.unitAmount !== undefined) entry.u = line.unitAmount;
    if (line.restock === false) entry.r = false;
    return JSON.stringify(entry);
  });
  const chunks: string[][] = [[]];
  for (const entry of entries) {
    const current = chunks.at(-1) ?? [];
    const length = `[${[...current, entry].join(",")}]`.length;
    if (current.length > 0 && length > 500) chunks.push([entry]);
    else current.push(entry);
  }
  const metadata: Metadata = {};
  chunks.forEach((chunk, index) => {
    metadata[index === 0 ? "ls_lines" : `ls_lines_${index + 1}`] = `[${chunk.join(",")}]`;
  });
  return metadata;
}
