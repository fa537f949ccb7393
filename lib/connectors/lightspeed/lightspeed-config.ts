import { z } from "zod";

/** Where the rotating refresh token lives (a database row in the portal). */
export type LightspeedTokenStore = {
  /** The newest refresh token; read afresh before every refresh, since another process may have rotated it. */
  load(): Promise<string>;
  /** Called with the new refresh token before the new access token is used (the old one dies on first use). */
  save(refreshToken: string): Promise<void>;
};

export type LightspeedClock = { now(): number };
export type LightspeedSleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

export type LightspeedRetryOptions = {
  /** Attempts in all for an idempotent request (GET, PUT), the first included. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
};

export type LightspeedConfig = {
  accountId: string;
  clientId: string;
  clientSecret: string;
  /** The V3 root, e.g. `https://api.lightspeedapp.com/API/V3`. */
  apiBaseUrl: string;
  /** e.g. `https://cloud.lightspeedapp.com/auth/oauth/token`. */
  tokenUrl: string;
  tokenStore: LightspeedTokenStore;
  fetch?: typeof fetch;
  /** Per request; the request is abandoned (and counted ambiguous) after this. Default 15 s. */
  timeoutMs?: number;
  retry?: LightspeedRetryOptions;
  /**
   * After an ambiguous failure of a sale or refund, wait this long before looking it up, so a write still in
   * flight at the API has landed. Default 2 s.
   */
  writeSettleMs?: number;
  /** Attempts at posting one sale or refund (each after a look-up by reference). Default 3. */
  maxWriteAttempts?: number;
  /** Drips kept free in the bucket as a margin for clock skew. Default 1. */
  bucketMarginDrips?: number;
  /** Requests per second assumed until the API reports its burst limit. Default 10. */
  defaultBurstLimit?: number;
  clock?: LightspeedClock;
  sleep?: LightspeedSleep;
  /** For jitter; defaults to Math.random. */
  random?: () => number;
};

const configSchema = z.object({
  accountId: z.string().regex(/^\d+$/, "a numeric account id"),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  apiBaseUrl: z.url().transform((url) => url.replace(/\/+$/, "")),
  tokenUrl: z.url(),
  timeoutMs: z.number().int().positive().default(15_000),
  retry: z
    .object({
      maxAttempts: z.number().int().min(1).max(10).default(4),
      baseDelayMs: z.number().int().min(0).default(250),
      maxDelayMs: z.number().int().min(0).default(8_000),
    })
    .default({ maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 8_000 }),
  writeSettleMs: z.number().int().min(0).default(2_000),
  maxWriteAttempts: z.number().int().min(1).max(10).default(3),
  bucketMarginDrips: z.number().min(0).default(1),
  defaultBurstLimit: z.number().int().min(1).default(10),
});

/** Sleeps, waking early (with the signal's reason) if the signal aborts. */
export const defaultSleep: LightspeedSleep = (milliseconds, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.max(0, milliseconds));
    function onAbort() {
      clearTimeout(timer);
      reject(signal?.reason);
    }
    signal?.addEventListener("abort", onAbort, { once: true });
  });

export type ResolvedLightspeedConfig = z.output<typeof configSchema> & {
  tokenStore: LightspeedTokenStore;
  fetch: typeof fetch;
  clock: LightspeedClock;
  sleep: LightspeedSleep;
  random: () => number;
};

/** Validates the config once and fills in the defaults. */
export function resolveLightspeedConfig(config: LightspeedConfig): ResolvedLightspeedConfig {
  const parsed = configSchema.safeParse(config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid Lightspeed config: ${problems}`);
  }
  return {
    ...parsed.data,
    tokenStore: config.tokenStore,
    fetch: config.fetch ?? globalThis.fetch.bind(globalThis),
    clock: config.clock ?? { now: () => Date.now() },
    sleep: config.sleep ?? defaultSleep,
    random: config.random ?? Math.random,
  };
}
