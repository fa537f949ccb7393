/**
 * The caller's address, for the sign-in budget: the *last* entry of `X-Forwarded-For`, the one added by the nearest
 * proxy (or by Next.js from the socket when no proxy is in front). Earlier entries are whatever the caller chose to
 * send, so counting them would let one attacker be a new address on every try. Next.js keeps an
 * `X-Forwarded-For` the caller sent, so a portal reachable without a proxy in front should sit behind one that sets
 * it; the per-account budget holds either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "").at(-1);
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
