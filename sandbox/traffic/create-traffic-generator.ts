import { z } from "zod";
import { createSeededRandom } from "../delivery";
import { sandboxConnectionSchema, type SandboxConnection } from "../run/sandbox-connection";
import { createCustomerPool } from "./customer-pool";
import { lightspeedControl } from "./lightspeed-control";
import { createPendingOnline } from "./pending-online";
import { shopifyControl } from "./shopify-control";
import { stripeControl } from "./stripe-control";
import { loadTrafficCatalog } from "./traffic-catalog";
import type { TrafficContext } from "./traffic-context";
import type { TrafficEvent, TrafficStats } from "./traffic-event";
import { drawKinds, resolveMix, trafficMixSchema } from "./traffic-mix";
import { trafficPlayers } from "./traffic-players";
import { createTrafficRandom } from "./traffic-random";
import { countEvent, emptyStats } from "./traffic-stats";

const optionsSchema = z.object({
  sandbox: sandboxConnectionSchema,
  seed: z.number().int(),
  eventsPerMinute: z.number().positive(),
  mix: trafficMixSchema.optional(),
});

export type TrafficGeneratorOptions = z.input<typeof optionsSchema> & {
  /** Replaces the seeded dice for the events' choices (the pacing of start() keeps its own seeded clock). */
  random?: () => number;
  /** Every event played by start() (playOne() returns its own). */
  onEvent?: (event: TrafficEvent) => void;
  /** An event start() could not play (the loop goes on). */
  onError?: (error: unknown) => void;
};

export type TrafficGenerator = {
  /** Plays events at about `eventsPerMinute` (exponential gaps, seeded) until stop(). */
  start: () => void;
  /** Stops the loop; resolves once the event in flight has finished. */
  stop: () => Promise<void>;
  /** Plays the next event now (after any in flight) and resolves with it. */
  playOne: () => Promise<TrafficEvent>;
  stats: () => TrafficStats;
};

/**
 * A shop's day played through the sandbox's control APIs only (never the portal): till sales, orders in each Shopify
 * store, Stripe payments, refunds in Shopify and Stripe, stock edits in Shopify's admin. SKUs come from the
 * sandbox's own catalogue with a few best sellers; nothing is sold beyond what the simulated systems show
 * available (and what Lightspeed physically has left). The same seed on the same sandbox state plays the same events.
 */
export function createTrafficGenerator(rawOptions: TrafficGeneratorOptions): TrafficGenerator {
  const options = optionsSchema.parse(rawOptions);
  const sandbox: SandboxConnection = options.sandbox;
  const mix = resolveMix(options.mix);
  const random = createTrafficRandom(rawOptions.random ?? createSeededRandom(`traffic:${options.seed}`).next);
  const pacing = createSeededRandom(`traffic-pacing:${options.seed}`);
  const controls = {
    lightspeed: lightspeedControl(sandbox.controlUrls.lightspeed),
    shopify: shopifyControl(sandbox.controlUrls.shopify),
    stripe: stripeControl(sandbox.controlUrls.stripe),
  };
  const stats = emptyStats();
  let context: TrafficContext | null = null;
  let seq = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const prepare = async (): Promise<TrafficContext> => {
    if (context !== null) return context;
    const domains = sandbox.shopify.stores.map((store) => store.domain);
    const catalog = await loadTrafficCatalog(controls, domains, random);
    context = {
      random,
      controls,
      catalog,
      people: createCustomerPool(random, catalog.knownCustomers),
      pending: createPendingOnline(),
      orders: [],
      payments: [],
      stripeCustomers: new Map(),
    };
    return context;
  };

  const playNext = async (): Promise<TrafficEvent> => {
    const ready = await prepare();
    const kinds = drawKinds(random, mix);
    for (const kind of kinds) {
      const body = await trafficPlayers[kind](ready);
      if (body === null) continue;
      const event: TrafficEvent = { ...body, seq: (seq += 1), at: new Date().toISOString() };
      countEvent(stats, event);
      return event;
    }
    const event: TrafficEvent = { kind: "skipped", wanted: kinds[0] ?? "till-sale", reason: "nothing to sell or refund", seq: (seq += 1), at: new Date().toISOString() };
    countEvent(stats, event);
    return event;
  };

  const playOne = (): Promise<TrafficEvent> => {
    const run = queue.then(playNext);
    queue = run.catch(() => undefined);
    return run;
  };

  const schedule = (): void => {
    if (!stats.running) return;
    const meanMs = 60_000 / options.eventsPerMinute;
    const gap = -Math.log(1 - pacing.next()) * meanMs;
    timer = setTimeout(() => {
      timer = null;
      void playOne().then(
        (event) => rawOptions.onEvent?.(event),
        (error: unknown) => {
          stats.failed += 1;
          stats.lastError = error instanceof Error ? error.message : String(error);
          rawOptions.onError?.(error);
        },
      ).finally(schedule);
    }, Math.min(gap, meanMs * 5));
  };

  return {
    start: () => {
      if (stats.running) return;
      stats.running = true;
      schedule();
    },
    stop: async () => {
      stats.running = false;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await queue;
    },
    playOne,
    stats: () => structuredClone(stats),
  };
}
