import { createHmac, timingSafeEqual } from "node:crypto";

const base64Sha256 = /^[A-Za-z0-9+/]{43}=$/;

/**
 * Whether a webhook came from Shopify: the X-Shopify-Hmac-Sha256 header must be the base64 HMAC-SHA256 of the
 * raw body (exactly the bytes received, before any JSON parsing) under one of `secrets`. Several secrets let
 * a rotation overlap: Shopify may sign with the old one for up to an hour. Compared in constant time.
 */
export function verifyShopifyWebhook(
  rawBody: string | Uint8Array,
  hmacHeader: string | null | undefined,
  secrets: readonly string[],
): boolean {
  if (typeof hmacHeader !== "string" || !base64Sha256.test(hmacHeader.trim())) return false;
  const received = Buffer.from(hmacHeader.trim(), "base64");
  let valid = false;
  for (const secret of secrets) {
    if (secret === "") continue;
    const expected = createHmac("sha256", secret).update(rawBody).digest();
    if (timingSafeEqual(expected, received)) valid = true;
  }
  return valid;
}
