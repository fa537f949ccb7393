import { createHmac, randomBytes } from "node:crypto";

/**
 * `Stripe-Signature` as Stripe sends it: `t=<unix seconds>`, one `v1` (HMAC-SHA256 of `${t}.${body}`, hex) per
 * active endpoint secret, and in test mode a `v0` that is not a real scheme (receivers must ignore it).
 */
export function signStripePayload(
  body: string,
  secrets: readonly string[],
  timestampSeconds: number,
  livemode: boolean,
): string {
  const parts = [`t=${timestampSeconds}`];
  for (const secret of secrets) {
    parts.push(`v1=${createHmac("sha256", secret).update(`${timestampSeconds}.${body}`, "utf8").digest("hex")}`);
  }
  if (!livemode) parts.push(`v0=${randomBytes(32).toString("hex")}`);
  return parts.join(",");
}
