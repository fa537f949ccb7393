import type { FaultRule } from "./faults";
import { createLeakyBucket, type LeakyBucket } from "./leaky-bucket";
import { issueRefreshToken } from "./oauth";
import type { LightspeedSandboxConfig } from "./sandbox-options";
import { clearSandboxData, createSandboxState, type LoggedRequest, type SandboxState } from "./sandbox-state";
import { applySeed, DEFAULT_SEED, seedInputSchema, type SeedData, type SeedInput } from "./seed-state";

/** Everything one running sandbox holds: the account's data, its rate limiter, and the knobs tests turn. */
export type SandboxRuntime = {
  state: SandboxState;
  config: LightspeedSandboxConfig;
  bucket: LeakyBucket;
  faults: FaultRule[];
  latency: { ms: number; jitterMs: number };
  seedDefaults: boolean;
};

export function createSandboxRuntime(
  config: LightspeedSandboxConfig,
  options: { timeScale: number; seedDefaults: boolean; seed: SeedInput | undefined },
): SandboxRuntime {
  const state = createSandboxState(config.accountId);
  const runtime: SandboxRuntime = {
    state,
    config,
    bucket: createLeakyBucket({
      size: config.bucketSize,
      dripRate: config.dripRate,
      burstLimit: config.burstLimit,
      timeScale: options.timeScale,
    }),
    faults: [],
    latency: { ms: 0, jitterMs: 0 },
    seedDefaults: options.seedDefaults,
  };
  resetData(runtime, options.seed === undefined ? undefined : seedInputSchema.parse(options.seed));
  issueRefreshToken(state, config.now(), config.initialRefreshToken);
  return runtime;
}

/** Back to a fresh account (defaults and `seed`), with an empty bucket; tokens and the request log are kept. */
export function resetData(runtime: SandboxRuntime, seed: SeedData | undefined): void {
  const now = runtime.config.now();
  clearSandboxData(runtime.state);
  runtime.bucket.reset(Date.now());
  runtime.faults = [];
  runtime.latency = { ms: 0, jitterMs: 0 };
  if (runtime.seedDefaults) applySeed(runtime.state, seedInputSchema.parse(DEFAULT_SEED), now);
  if (seed) applySeed(runtime.state, seed, now);
}

export function logRequest(runtime: SandboxRuntime, entry: Omit<LoggedRequest, "seq" | "at">): void {
  const log = runtime.state.requestLog;
  log.push({ seq: runtime.state.nextId.request++, at: new Date().toISOString(), ...entry });
  if (log.length > runtime.config.requestLogLimit) log.splice(0, log.length - runtime.config.requestLogLimit);
}
