/** Reads R-Series rate-limit headers. Header names are case-insensitive (`Headers` handles that). */

/** `X-LS-Api-Bucket-Level: 12.5/90` → { level: 12.5, size: 90 }. */
export function bucketLevel(headers: Headers): { level: number; size: number } | null {
  return fraction(headers.get("x-ls-api-bucket-level"));
}

/** `X-LS-Api-Drip-Rate: 1` → drips per second. */
export function dripRate(headers: Headers): number | null {
  const value = Number(headers.get("x-ls-api-drip-rate") ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** `X-LS-API-Burst-Level: 3/20` → the limit, 20 (requests per one-second window); null if not sent. */
export function burstLimit(headers: Headers): number | null {
  return fraction(headers.get("x-ls-api-burst-level"))?.size ?? null;
}

/** `X-LS-Api-Request-Cost: 7.5`. */
export function requestCost(headers: Headers): number | null {
  const value = Number(headers.get("x-ls-api-request-cost") ?? Number.NaN);
  return Number.isFinite(value) ? value : null;
}

/** `Retry-After` in seconds (R-Series) or as an HTTP date (tolerated); null if absent or unreadable. */
export function retryAfterSeconds(headers: Headers, nowMs: number): number | null {
  const value = headers.get("retry-after");
  if (value === null || value.trim() === "") return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, (date - nowMs) / 1000);
}

/** `X-LS-API-RateLimit-Type`: `api-leaky-bucket` or `api-burst-limiter`. */
export function rateLimitType(headers: Headers): string | undefined {
  return headers.get("x-ls-api-ratelimit-type") ?? undefined;
}

function fraction(value: string | null): { level: number; size: number } | null {
  if (value === null) return null;
  const [levelText, sizeText] = value.split("/");
  const level = Number(levelText);
  const size = Number(sizeText);
  return Number.isFinite(level) && Number.isFinite(size) && size > 0 ? { level, size } : null;
}
