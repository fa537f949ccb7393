import { createHash } from "node:crypto";

/**
 * The key of one call made on behalf of a caller's key: the same caller key, batch and round always give
 * the same UUID-shaped key, so repeating a whole job repeats every call with its own key and Shopify
 * replays instead of writing twice.
 */
export function deriveIdempotencyKey(base: string, batch: number, round: number): string {
  const hex = createHash("sha256").update(`${base}\u0000${batch}\u0000${round}`).digest("hex");
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
