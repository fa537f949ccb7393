import { z } from "zod";
import { callControl } from "./control-client";
import type { SandboxConnection } from "./sandbox-connection";

const anything = z.unknown();

/** Milliseconds added to every API call, per simulation. */
export type SystemLatencies = { lightspeed: number; shopify: number; stripe: number };

/**
 * Adds a latency to every API call of the three simulations (one figure for all, or one each), through their
 * control APIs; 0 takes it away. Their resets clear it (and every other fault), so whoever resets them applies it
 * again.
 */
export async function applyLatency(controlUrls: SandboxConnection["controlUrls"], latency: number | SystemLatencies): Promise<void> {
  const ms = typeof latency === "number" ? { lightspeed: latency, shopify: latency, stripe: latency } : latency;
  await Promise.all([
    callControl("POST", `${controlUrls.lightspeed}/latency`, anything, { ms: ms.lightspeed, jitterMs: 0 }),
    callControl("PUT", `${controlUrls.shopify}/faults`, anything, { api: { rules: [], latencyMs: [ms.shopify, ms.shopify] } }),
    callControl("PUT", `${controlUrls.stripe}/faults`, anything, { rules: [], latencyMs: [ms.stripe, ms.stripe] }),
  ]);
}
