import { z } from "zod";
import { callControl } from "@/sandbox/run/control-client";

const bucketSchema = z.object({ level: z.number(), size: z.number(), dripRate: z.number(), timeScale: z.number() });
const stateSchema = z.object({ bucket: bucketSchema, counts: z.object({ requests: z.number() }) });
const requestSchema = z.object({
  seq: z.number(),
  at: z.iso.datetime(),
  method: z.string(),
  path: z.string(),
  query: z.string(),
  status: z.union([z.number(), z.string()]),
  cost: z.number(),
  rateLimitType: z.string().nullable(),
});

export type LightspeedBucket = z.infer<typeof bucketSchema>;
export type LightspeedRequest = z.infer<typeof requestSchema>;

/** The simulated account's bucket now (level, size, drip per second as scaled) and how many requests it has logged. */
export async function readLightspeedBucket(controlUrl: string): Promise<{ bucket: LightspeedBucket; lastSeq: number }> {
  const [state, log] = await Promise.all([
    callControl("GET", `${controlUrl}/state`, stateSchema),
    callControl("GET", `${controlUrl}/requests?since=0`, z.array(requestSchema)),
  ]);
  return { bucket: state.bucket, lastSeq: log.at(-1)?.seq ?? 0 };
}

/** API requests logged after `afterSeq` (token calls included; the log keeps the last 10,000). */
export async function readLightspeedRequests(controlUrl: string, afterSeq: number): Promise<LightspeedRequest[]> {
  return callControl("GET", `${controlUrl}/requests?since=${afterSeq}`, z.array(requestSchema));
}

/**
 * How much of the bucket a window of requests used: drips charged, against what the account allowed over the same
 * window (the room in the bucket at its start plus the drip for its duration). 429s are the API's own count.
 */
export function lightspeedUsage(requests: readonly LightspeedRequest[], start: { bucket: LightspeedBucket; atMs: number }, endMs: number) {
  const charged = requests.reduce((sum, request) => sum + request.cost, 0);
  const seconds = (endMs - start.atMs) / 1000;
  const allowed = start.bucket.size - start.bucket.level + start.bucket.dripRate * seconds;
  return {
    requests: requests.length,
    rate_limited: requests.filter((request) => request.status === 429).length,
    /** Which limiter answered 429 (`api-leaky-bucket` or `api-burst-limiter`), and when after the start (s). */
    rate_limited_at: requests
      .filter((request) => request.status === 429)
      .map((request) => ({ type: request.rateLimitType, at_s: Math.round((Date.parse(request.at) - start.atMs) / 100) / 10, path: request.path })),
    drips_charged: Math.round(charged * 10) / 10,
    drips_allowed: Math.round(allowed * 10) / 10,
    share_used: allowed > 0 ? Math.round((charged / allowed) * 1000) / 1000 : null,
    seconds: Math.round(seconds * 10) / 10,
  };
}
