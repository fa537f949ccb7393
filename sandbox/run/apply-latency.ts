import { z } from "zod";
import { callControl } from "./control-client";
import type { SandboxConnection } from "./sandbox-connection";

const anything = z.unknown();

/**
 * Adds `latencyMs` to every API call of the three simulations, through their control APIs. Their resets clear
 * it (and every other fault), so whoever resets them applies it again.
 */
export async function applyLatency(controlUrls: SandboxConnection["controlUrls"], latencyMs: number): Promise<void> {
  if (latencyMs <= 0) return;
  await Promise.all([
    callControl("POST", `${controlUrls.lightspeed}/latency`, anything, { ms: latencyMs, jitterMs: 0 }),
    callControl("PUT", `${controlUrls.shopify}/faults`, anything, { api: { rules: [], latencyMs: [latencyMs, latencyMs] } }),
    callControl("PUT", `${controlUrls.stripe}/faults`, anything, { rules: [], latencyMs: [latencyMs, latencyMs] }),
  ]);
}
