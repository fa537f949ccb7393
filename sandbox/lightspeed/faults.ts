import { randomUUID } from "node:crypto";
import { z } from "zod";

/**
 * Faults on demand. A rule fails the next `count` matching requests, or each one with `probability`:
 * - "429": refused as rate-limited (with Retry-After and X-LS-API-RateLimit-Type), never applied;
 * - "500" / "503": an error answer; with `applyWrite` the request is processed first, then the error is sent;
 * - "timeout": no answer ever (the connection hangs); with `applyWrite` the request is processed first;
 * - "lost-response": the request is processed, then the connection is dropped without an answer.
 * Without `path`, a rule matches API requests only (not the token endpoint); with it, any path containing it.
 */
export const faultRuleInputSchema = z.object({
  kind: z.enum(["429", "500", "503", "timeout", "lost-response"]),
  count: z.number().int().positive().optional(),
  probability: z.number().min(0).max(1).optional(),
  method: z.string().optional(),
  path: z.string().optional(),
  applyWrite: z.boolean().optional(),
  retryAfterSeconds: z.number().positive().default(1),
  limitType: z.enum(["api-leaky-bucket", "api-burst-limiter"]).default("api-leaky-bucket"),
});

export type FaultRuleInput = z.input<typeof faultRuleInputSchema>;

export type FaultRule = {
  id: string;
  kind: z.output<typeof faultRuleInputSchema>["kind"];
  remaining: number | null;
  probability: number | null;
  method: string | null;
  path: string | null;
  applyWrite: boolean;
  retryAfterSeconds: number;
  limitType: "api-leaky-bucket" | "api-burst-limiter";
  fired: number;
};

export function createFaultRule(input: FaultRuleInput): FaultRule {
  const rule = faultRuleInputSchema.parse(input);
  const probability = rule.probability ?? null;
  return {
    id: randomUUID(),
    kind: rule.kind,
    remaining: probability === null ? (rule.count ?? 1) : (rule.count ?? null),
    probability,
    method: rule.method?.toUpperCase() ?? null,
    path: rule.path ?? null,
    applyWrite: rule.kind === "lost-response" ? true : rule.kind === "429" ? false : (rule.applyWrite ?? false),
    retryAfterSeconds: rule.retryAfterSeconds,
    limitType: rule.limitType,
    fired: 0,
  };
}

/** The first rule that fires for this request (using up one of its count), or null. */
export function takeFault(
  rules: FaultRule[],
  request: { method: string; path: string; isApi: boolean },
  random: () => number,
): FaultRule | null {
  for (const rule of rules) {
    if (rule.method !== null && rule.method !== request.method) continue;
    if (rule.path === null ? !request.isApi : !request.path.includes(rule.path)) continue;
    if (rule.remaining !== null && rule.remaining <= 0) continue;
    if (rule.probability !== null && random() >= rule.probability) continue;
    if (rule.remaining !== null) rule.remaining -= 1;
    rule.fired += 1;
    return rule;
  }
  return null;
}

/** Rules with nothing left to fire are dropped. */
export function pruneFaults(rules: FaultRule[]): FaultRule[] {
  return rules.filter((rule) => rule.remaining === null || rule.remaining > 0);
}
