import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * Inngest's request signing (SDK spec §4.1): `X-Inngest-Signature: t=<unix seconds>&s=<hex HMAC-SHA256>`, the
 * HMAC keyed with the signing key minus its `signkey-<env>-` prefix and taken over the body followed by `t`.
 */
const signingKeyPrefix = /^signkey-\w+-/;

/** A signing key the SDK accepts: `signkey-<env>-` then an even number of hex digits (it hashes them as hex). */
export const signingKeyPattern = /^signkey-\w+-(?:[0-9a-f]{2})+$/i;

export function signBody(body: string, signingKey: string, at: Date): string {
  const timestamp = Math.floor(at.getTime() / 1000).toString();
  return `t=${timestamp}&s=${hmacHex(body, signingKey, timestamp)}`;
}

/** Verifies a signature made by `signBody` (or by the SDK on its responses) within `maxAgeMs` of `now`. */
export function verifySignature(
  body: string,
  header: string | null | undefined,
  signingKey: string,
  now: Date,
  maxAgeMs = 5 * 60_000,
): boolean {
  if (!header) return false;
  const params = new URLSearchParams(header);
  const timestamp = params.get("t");
  const signature = params.get("s");
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() - Number(timestamp) * 1000) > maxAgeMs) return false;
  return safeEqual(hmacHex(body, signingKey, timestamp), signature);
}

/** The bearer token the SDK sends to the Inngest API: the prefix kept, the hex key replaced by its SHA-256. */
export function hashSigningKey(signingKey: string): string {
  const prefix = signingKeyPrefix.exec(signingKey)?.[0] ?? "";
  const key = signingKey.slice(prefix.length);
  return `${prefix}${createHash("sha256").update(Buffer.from(key, "hex")).digest("hex")}`;
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function hmacHex(body: string, signingKey: string, timestamp: string): string {
  return createHmac("sha256", signingKey.replace(signingKeyPrefix, "")).update(body + timestamp).digest("hex");
}
