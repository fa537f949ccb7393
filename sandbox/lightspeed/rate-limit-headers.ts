import { formatLevel, formatRetryAfter } from "./leaky-bucket";
import type { SandboxRuntime } from "./sandbox-runtime";

/** The headers R-Series puts on every API answer. */
export function rateLimitHeaders(runtime: SandboxRuntime, realNow: number, cost: number): Record<string, string> {
  const { bucket, config } = runtime;
  return {
    "X-LS-Api-Bucket-Level": `${formatLevel(bucket.level(realNow))}/${bucket.size}`,
    "X-LS-Api-Drip-Rate": String(bucket.effectiveDripRate()),
    "X-LS-API-Burst-Level": `${bucket.burstCount(realNow)}/${bucket.burstLimit}`,
    "X-LS-Api-Request-Cost": String(cost),
    "X-LS-Acct-Id": String(config.accountId),
    "X-LS-OAuth-Client-Id": config.clientId,
  };
}

/** The extra headers of a 429. */
export function tooManyRequestsHeaders(
  runtime: SandboxRuntime,
  retryAfterSeconds: number,
  limitType: string,
): Record<string, string> {
  return {
    "Retry-After": formatRetryAfter(retryAfterSeconds, runtime.bucket.timeScale()),
    "X-LS-API-RateLimit-Type": limitType,
  };
}
