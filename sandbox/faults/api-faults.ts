import { z } from "zod";
import type { SeededRandom } from "../delivery/seeded-random";

/**
 * API fault injection shared by every simulated service. A service asks `decide(label)` once per request
 * (label = whatever names the call: a GraphQL operation name, "GET /Item") and acts on the answer:
 *   rate-limit     answer 429 (with Retry-After) without running the call
 *   server-error   answer a 5xx without running the call
 *   timeout        never answer (the socket is closed after `hangMs`)
 *   lost-response  run the call, then drop the connection before the answer: the caller cannot know it ran
 * Rules with `next` fire on the next N matching calls, before any probability rule; probability rules draw
 * from the seeded random. `latencyMs` adds a uniform delay to every call.
 */
export const apiFaultKinds = ["rate-limit", "server-error", "timeout", "lost-response"] as const;
export type ApiFaultKind = (typeof apiFaultKinds)[number];

export const apiFaultRuleSchema = z.object({
  kind: z.enum(apiFaultKinds),
  /** Fire on the next N matching calls. */
  next: z.number().int().min(0).optional(),
  /** Fire on each matching call with this probability (after `next` is used up, or without it). */
  probability: z.number().min(0).max(1).optional(),
  /** Only calls whose label contains this text. */
  match: z.string().optional(),
  /** HTTP status of a server error (default 503) or a rate limit (default 429). */
  status: z.number().int().min(400).max(599).optional(),
  retryAfterSeconds: z.number().min(0).optional(),
  /** How long a timeout holds the connection before closing it (default 30 s). */
  hangMs: z.number().min(0).optional(),
});
export type ApiFaultRule = z.infer<typeof apiFaultRuleSchema>;

export const apiFaultPlanSchema = z.object({
  rules: z.array(apiFaultRuleSchema).default([]),
  latencyMs: z
    .tuple([z.number().min(0), z.number().min(0)])
    .refine(([min, max]) => min <= max, "latencyMs must be [min, max] with min <= max")
    .optional(),
});
export type ApiFaultPlan = z.input<typeof apiFaultPlanSchema>;

export type ApiFault = {
  kind: ApiFaultKind;
  status: number;
  retryAfterSeconds: number;
  hangMs: number;
};

export type ApiFaultDecision = { latencyMs: number; fault: ApiFault | null };

export type ApiFaults = {
  /** Replaces the whole plan. */
  set: (plan: ApiFaultPlan) => void;
  /** Adds one rule to the plan. */
  add: (rule: ApiFaultRule) => void;
  clear: () => void;
  decide: (label: string) => ApiFaultDecision;
  /** How many faults of each kind fired so far. */
  fired: () => Readonly<Record<ApiFaultKind, number>>;
};

export function createApiFaults(random: SeededRandom): ApiFaults {
  let rules: ApiFaultRule[] = [];
  let latency: readonly [number, number] | undefined;
  const fired: Record<ApiFaultKind, number> = { "rate-limit": 0, "server-error": 0, timeout: 0, "lost-response": 0 };

  const toFault = (rule: ApiFaultRule): ApiFault => {
    fired[rule.kind] += 1;
    return {
      kind: rule.kind,
      status: rule.status ?? (rule.kind === "rate-limit" ? 429 : 503),
      retryAfterSeconds: rule.retryAfterSeconds ?? 1,
      hangMs: rule.hangMs ?? 30_000,
    };
  };

  const pick = (label: string): ApiFault | null => {
    const matching = rules.filter((rule) => rule.match === undefined || label.includes(rule.match));
    for (const rule of matching) {
      if (rule.next !== undefined && rule.next > 0) {
        rule.next -= 1;
        return toFault(rule);
      }
    }
    for (const rule of matching) {
      if (rule.probability !== undefined && random.chance(rule.probability)) return toFault(rule);
    }
    return null;
  };

  return {
    set: (plan) => {
      const parsed = apiFaultPlanSchema.parse(plan);
      rules = parsed.rules.map((rule) => ({ ...rule }));
      latency = parsed.latencyMs;
    },
    add: (rule) => {
      rules.push({ ...apiFaultRuleSchema.parse(rule) });
    },
    clear: () => {
      rules = [];
      latency = undefined;
    },
    decide: (label) => {
      const [min, max] = latency ?? [0, 0];
      return { latencyMs: max > 0 ? min + random.next() * (max - min) : 0, fault: pick(label) };
    },
    fired: () => ({ ...fired }),
  };
}
