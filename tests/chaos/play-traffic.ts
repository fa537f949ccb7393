import { createSeededRandom } from "@/sandbox/delivery";
import type { SandboxConnection } from "@/sandbox/run/sandbox-connection";
import { createTrafficGenerator } from "@/sandbox/traffic/create-traffic-generator";
import { lightspeedControl } from "@/sandbox/traffic/lightspeed-control";
import type { TrafficKind, TrafficLine } from "@/sandbox/traffic/traffic-event";
import { chaosLog, errorText, sleep } from "./chaos-log";
import { chooseHotSet, playHotBurst } from "./hot-burst";
import type { PropagationProbe } from "./propagation-probe";
import type { SandboxReader } from "./sandbox-snapshot";

export type TrafficOutcome = {
  played: number;
  byKind: Record<string, number>;
  bursts: number;
  burstHits: number;
  refused: number;
  failures: number;
  lastError: string | null;
};

/** A brisker, refund-heavier mix than a shop's ordinary day, so refunds meet orders still in flight. */
const chaosMix: Record<TrafficKind, number> = {
  "till-sale": 26,
  "shopify-order": 30,
  "stripe-payment": 16,
  "shopify-refund": 10,
  "stripe-refund": 9,
  "shopify-stock-edit": 9,
};

type Unposted = { sku: string; references: string[] };

/**
 * Every unit an online order took, until Lightspeed holds its sale: a burst counts them out of Lightspeed's on-hand,
 * so the burst's own Stripe payment (a checkout with no stock of its own to refuse it) never takes a unit an order
 * already took (seed 11 at 2,000 events: a burst's payment took the last unit of a three-unit order still posting).
 */
function trackUnits(tracker: { add: (sku: string, references: string[]) => void }, lines: readonly TrafficLine[], references: string[]): void {
  for (const line of lines) for (let unit = 0; unit < line.quantity; unit += 1) tracker.add(line.sku, references);
}

/**
 * Plays `events` control-API events: the traffic generator's (every kind, a chaos mix), and, for `burstShare` of
 * them, a hot SKU hit from every channel at once (each hit counts as an event). Between events waits an
 * exponential gap of mean `gapMs`; `atEvent` is called before each, for restarts.
 */
export async function playTraffic(options: {
  sandbox: SandboxConnection;
  reader: SandboxReader;
  probe: PropagationProbe;
  seed: number;
  events: number;
  gapMs: number;
  burstShare: number;
  atEvent: (played: number) => void;
}): Promise<TrafficOutcome> {
  const { sandbox, reader, probe } = options;
  const dice = createSeededRandom(`chaos:${options.seed}`);
  const generator = createTrafficGenerator({ sandbox, seed: options.seed, eventsPerMinute: 60, mix: chaosMix });
  const lightspeed = lightspeedControl(sandbox.controlUrls.lightspeed);
  const items = new Map(
    (await lightspeed.items()).filter((item) => !item.archived && item.customSku !== "").map((item) => [item.itemId, { sku: item.customSku, priceCents: Math.round(item.defaultPrice * 100) }]),
  );
  const hotSet = await chooseHotSet(reader, items, 3, dice.next);
  chaosLog(`hot set: ${hotSet.map((hot) => hot.sku).join(", ")}`);
  let unposted: Unposted[] = [];
  const tracker = {
    units: (sku: string) => unposted.filter((entry) => entry.sku === sku).length,
    add: (sku: string, references: string[]) => void unposted.push({ sku, references }),
  };
  const outcome: TrafficOutcome = { played: 0, byKind: {}, bursts: 0, burstHits: 0, refused: 0, failures: 0, lastError: null };
  const count = (kind: string, by = 1) => (outcome.byKind[kind] = (outcome.byKind[kind] ?? 0) + by);
  let burstNumber = 0;

  while (outcome.played < options.events) {
    options.atEvent(outcome.played);
    const hot = hotSet[Math.floor(dice.next() * hotSet.length)];
    try {
      if (hot !== undefined && dice.next() < options.burstShare) {
        const references = await lightspeed.saleReferences();
        unposted = unposted.filter((entry) => !entry.references.some((reference) => references.has(reference)));
        burstNumber += 1;
        const burst = await playHotBurst(sandbox, reader, hot, tracker, `chaos-burst-${options.seed}-${burstNumber}@example.com`);
        if (burst.played + burst.refused === 0) {
          chaosLog(`burst on ${hot.sku} skipped: too little stock left`);
        } else {
          outcome.bursts += 1;
          outcome.burstHits += burst.played;
          outcome.refused += burst.refused;
          outcome.played += Math.max(1, burst.played);
          count("hot-burst", burst.played);
          for (const order of burst.orders) void probe.orderPlaced(order.domain, [hot.sku], order.at).catch(() => undefined);
        }
      } else {
        const startedAt = Date.now();
        const event = await generator.playOne();
        outcome.played += 1;
        count(event.kind);
        if (event.kind === "shopify-order") {
          void probe.orderPlaced(event.domain, event.lines.map((line) => line.sku), startedAt).catch(() => undefined);
          trackUnits(tracker, event.lines, [event.orderId, event.orderId.replace(/^.*\//, ""), event.orderName]);
        }
        // a payment with lines takes units the portal posts later (one without lines never reaches Lightspeed)
        if (event.kind === "stripe-payment" && event.linesIn !== "none") {
          trackUnits(tracker, event.lines, [event.paymentIntentId, ...(event.checkoutSessionId === null ? [] : [event.checkoutSessionId])]);
        }
      }
    } catch (error) {
      outcome.played += 1;
      outcome.failures += 1;
      outcome.lastError = errorText(error);
      chaosLog(`event failed: ${outcome.lastError}`);
    }
    if (outcome.played % 10 === 0) chaosLog(`played ${outcome.played}/${options.events} events`);
    await sleep(-Math.log(1 - dice.next()) * options.gapMs);
  }
  return outcome;
}
