import { createHmac } from "node:crypto";

/** Shopify's webhook signature: HMAC-SHA256 of the raw body with the app's client secret, base64. */
export function signWebhookBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body, "utf8").digest("base64");
}
