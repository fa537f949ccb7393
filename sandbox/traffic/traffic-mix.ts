import { z } from "zod";
import { trafficKinds, type TrafficKind } from "./traffic-event";
import type { TrafficRandom } from "./traffic-random";

/** Relative weights of the kinds (a shop's ordinary day: mostly sales, some refunds and admin edits). */
export const defaultTrafficMix: Readonly<Record<TrafficKind, number>> = {
  "till-sale": 36,
  "shopify-order": 30,
  "stripe-payment": 12,
  "shopify-refund": 7,
  "stripe-refund": 5,
  "shopify-stock-edit": 10,
};

export const trafficMixSchema = z.partialRecord(z.enum(trafficKinds), z.number().min(0));
export type TrafficMix = z.input<typeof trafficMixSchema>;

/** The weights to play with: the defaults, or exactly the given ones (a kind left out is not played). */
export function resolveMix(mix: TrafficMix | undefined): Record<TrafficKind, number> {
  const given = mix === undefined ? defaultTrafficMix : trafficMixSchema.parse(mix);
  const resolved = { ...defaultTrafficMix };
  for (const kind of trafficKinds) resolved[kind] = given[kind] ?? 0;
  if (trafficKinds.every((kind) => resolved[kind] <= 0)) throw new Error("the traffic mix gives no kind a positive weight");
  return resolved;
}

/** The kinds in the order to try them: one drawn by weight, then the others by weight as fallbacks. */
export function drawKinds(random: TrafficRandom, mix: Record<TrafficKind, number>): TrafficKind[] {
  const left = trafficKinds.filter((kind) => mix[kind] > 0);
  const order: TrafficKind[] = [];
  while (left.length > 0) {
    const kind = random.weighted(left, (candidate) => mix[candidate]);
    if (kind === undefined) break;
    order.push(kind);
    left.splice(left.indexOf(kind), 1);
  }
  return order;
}
