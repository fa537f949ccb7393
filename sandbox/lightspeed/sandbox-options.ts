import type { SeedInput } from "./seed-state";

export type LightspeedSandboxOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only by default. */
  host?: string;
  accountId?: number;
  clientId?: string;
  clientSecret?: string;
  /** The refresh token the first client starts from. */
  initialRefreshToken?: string;
  /** Access tokens expire after this many real seconds (R-Series examples show 3600 and 1800). */
  accessTokenTtlSeconds?: number;
  /** Drip speed-up for tests and benchmarks: 10 = the bucket drains ten times faster than in production. */
  timeScale?: number;
  /** Registers on the account: bucket 90 + 10 and drip 1 + 0.5 per register beyond the first. */
  registers?: number;
  /** Override the bucket size or drip rate (drips per second before the time scale). */
  bucketSize?: number;
  dripRate?: number;
  /** Requests per fixed one-second window. R-Series does not publish its figure; 20 is a guess. */
  burstLimit?: number;
  /** Token refreshes allowed per minute before the token endpoint answers 429. */
  maxRefreshesPerMinute?: number;
  /** Start with one shop (1) and register (1), one employee (1) and the built-in payment types. Default true. */
  seedDefaults?: boolean;
  seed?: SeedInput;
  /** Clock for record times and token expiry (real time by default). The rate limiter always uses real time. */
  now?: () => number;
  /** For probabilistic faults. */
  random?: () => number;
  /** Request-log entries kept. */
  requestLogLimit?: number;
};

export type LightspeedSandboxConfig = {
  accountId: number;
  clientId: string;
  clientSecret: string;
  initialRefreshToken: string;
  accessTokenTtlSeconds: number;
  bucketSize: number;
  dripRate: number;
  burstLimit: number;
  maxRefreshesPerMinute: number;
  requestLogLimit: number;
  now: () => number;
  random: () => number;
};

export function resolveSandboxConfig(options: LightspeedSandboxOptions): LightspeedSandboxConfig {
  const extraRegisters = Math.max(0, (options.registers ?? 1) - 1);
  return {
    accountId: options.accountId ?? 100_001,
    clientId: options.clientId ?? "sandbox-client",
    clientSecret: options.clientSecret ?? "sandbox-secret",
    initialRefreshToken: options.initialRefreshToken ?? "sandbox-refresh-token-0",
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600,
    bucketSize: options.bucketSize ?? 90 + 10 * extraRegisters,
    dripRate: options.dripRate ?? 1 + 0.5 * extraRegisters,
    burstLimit: options.burstLimit ?? 20,
    maxRefreshesPerMinute: options.maxRefreshesPerMinute ?? 30,
    requestLogLimit: options.requestLogLimit ?? 10_000,
    now: options.now ?? (() => Date.now()),
    random: options.random ?? Math.random,
  };
}
