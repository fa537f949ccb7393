/**
 * `propagation`: how soon a sale in one channel shows in every Shopify store, with the built portal (its engine
 * inside) running against real-time simulations, first with no API latency, then with realistic latencies
 * (Lightspeed 300 ms, Shopify 150 ms, Stripe 200 ms). (a) an order in one store → every other store's `available`;
 * (b) a till sale in Lightspeed → every store. Times are from the simulated event to the last store's change, as
 * the chaos run's probe sees it (it polls the stores every 100 ms).
 */
import { readSetting } from "@/lib/settings/read-settings";
import { applyLatency, type SystemLatencies } from "@/sandbox/run/apply-latency";
import { createPropagationProbe } from "@/tests/chaos/propagation-probe";
import { sandboxReader } from "@/tests/chaos/sandbox-snapshot";
import type { Benchmark, BenchmarkTarget } from "./support/benchmark";
import { progress } from "./support/progress";
import { summarizeLatencies, type LatencySummary } from "./support/timing";
import { pickProbeListings, playPropagationEvents, type ProbeListing } from "./propagation/play-propagation-events";
import { startBenchPortal } from "./propagation/start-bench-portal";

const name = "propagation";
const eventsAtScaleOne = 12;
const latencies = {
  zero: { lightspeed: 0, shopify: 0, stripe: 0 },
  realistic: { lightspeed: 300, shopify: 150, stripe: 200 },
} satisfies Record<string, SystemLatencies>;
/** The first poll run starts on the engine's next minute: a warm-up till sale waits for it, not counted. */
const warmUpAttempts = 3;

type Measured = { summary: LatencySummary | null; unresolved: number; samplesMs: number[] };

function measured(results: ReadonlyArray<number | null>): Measured {
  const samplesMs = results.filter((result): result is number => result !== null);
  return { summary: samplesMs.length > 0 ? summarizeLatencies(samplesMs) : null, unresolved: results.length - samplesMs.length, samplesMs };
}

function p95Target(figure: string, result: Measured, limitMs: number, target: string): BenchmarkTarget {
  const value = result.summary?.p95Ms ?? null;
  return { figure, target, value, met: value !== null && result.unresolved === 0 && value <= limitMs };
}

const propagation: Benchmark = {
  name,
  describe: "order in one store → every other store, till sale → every store: p50/p95 with zero and realistic API latency (built portal)",
  run: async ({ scale }) => {
    const events = Math.max(4, Math.round(eventsAtScaleOne * scale));
    progress(name, "starting the built portal on a throwaway Postgres database");
    const bench = await startBenchPortal({ stores: 3, seed: 1 });
    const reader = sandboxReader(bench.sandbox);
    const probe = createPropagationProbe(reader);
    try {
      const pollIntervalSeconds = await readSetting(bench.database.handle.db, "poll_interval_seconds");
      const listings = await pickProbeListings(bench.sandbox, reader, 4);
      if (listings.length < 2 * events + warmUpAttempts) throw new Error(`only ${listings.length} SKUs are listed with stock in every store`);
      const forOrders = listings.slice(0, events);
      const forTills = listings.slice(events, 2 * events);
      const warmUp: ProbeListing[] = listings.slice(2 * events, 2 * events + warmUpAttempts);
      progress(name, `warming up: a till sale, until the engine's poll picks it up (poll interval ${pollIntervalSeconds} s)`);
      for (const listing of warmUp) {
        const [result] = await playPropagationEvents(bench.sandbox, probe, "till", [listing]);
        if (result !== null && result !== undefined) break;
      }
      const phases: Record<string, { orders: Measured; tills: Measured }> = {};
      for (const [label, latency] of Object.entries(latencies)) {
        await applyLatency(bench.sandbox.controlUrls, latency);
        progress(name, `${label} latency: ${events} orders, one at a time`);
        const orders = measured(await playPropagationEvents(bench.sandbox, probe, "order", forOrders));
        progress(name, `${label} latency: ${events} till sales, one at a time`);
        const tills = measured(await playPropagationEvents(bench.sandbox, probe, "till", forTills, pollIntervalSeconds * 1000));
        phases[label] = { orders, tills };
      }
      const zero = phases["zero"];
      const realistic = phases["realistic"];
      if (!zero || !realistic) throw new Error("a latency phase did not run");
      const pollBoundMs = pollIntervalSeconds * 1000 + 1000;
      return {
        name,
        figures: { stores: bench.sandbox.shopify.stores.length, events_per_phase: events, poll_interval_s: pollIntervalSeconds, latencies_ms: latencies, ...phases },
        targets: [
          p95Target("zero.orders.p95", zero.orders, 1000, "≤ 1000 ms (no API latency)"),
          p95Target("realistic.orders.p95", realistic.orders, 1000 + latencies.realistic.shopify, `≤ 1 s above Shopify's ${latencies.realistic.shopify} ms`),
          p95Target("zero.tills.p95", zero.tills, 3000, "≤ 3 s (Lightspeed write queue idle)"),
          p95Target("realistic.tills.p95", realistic.tills, 3000, "≤ 3 s (Lightspeed write queue idle)"),
          p95Target("realistic.tills.p95 (always)", realistic.tills, pollBoundMs, `≤ poll interval + 1 s = ${pollBoundMs} ms`),
        ],
      };
    } finally {
      await probe.stop();
      await bench.close();
    }
  },
};

export default propagation;
