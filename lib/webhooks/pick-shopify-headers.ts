/**
 * The Shopify headers worth keeping with a delivery: what it is, for which store, which delivery and which
 * merchant action, when it was triggered (retries carry the original time) and the API version of the payload.
 * Never `X-Shopify-Hmac-Sha256`. Names lower-cased; values trimmed and capped.
 */
const keptHeaders = [
  "x-shopify-topic",
  "x-shopify-shop-domain",
  "x-shopify-webhook-id",
  "x-shopify-event-id",
  "x-shopify-triggered-at",
  "x-shopify-api-version",
  "x-shopify-name",
] as const;

const maxValueLength = 512;

export function pickShopifyHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of keptHeaders) {
    const value = headers.get(name);
    if (value !== null && value.trim() !== "") kept[name] = value.trim().slice(0, maxValueLength);
  }
  return kept;
}
