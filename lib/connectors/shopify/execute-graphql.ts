import type { z } from "zod";
import { backoffDelayMs } from "./backoff-delay";
import type { ResolvedShopifyConfig } from "./client-config";
import type { CostBudget } from "./cost-budget";
import { graphqlEnvelopeSchema, type QueryCost } from "./graphql-envelope";
import { fail, succeed, type ShopifyFailure, type ShopifyResult } from "./shopify-result";

export type GraphqlCall<T> = {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  /** The requested cost Shopify will compute, so the call waits for that many points first. */
  cost: number;
  data: z.ZodType<T>;
  /**
   * "always": a read, or a mutation carrying an idempotency key; retried on 429, 5xx, timeouts, lost answers.
   * "unsafe": a mutation that must not run twice; retried only when Shopify refused it before running it
   * (THROTTLED, 429), never after an answer that may have been lost.
   */
  retry: "always" | "unsafe";
};

export type GraphqlSuccess<T> = { data: T; cost: QueryCost | null };

type Attempt<T> =
  | { kind: "ok"; value: GraphqlSuccess<T> }
  | { kind: "throttled"; observed: boolean; requested: number | null }
  | { kind: "rate-limited"; retryAfterMs: number | null; failure: ShopifyFailure }
  | { kind: "transient"; failure: ShopifyFailure }
  | { kind: "fatal"; failure: ShopifyFailure };

export type GraphqlExecutor = <T>(call: GraphqlCall<T>) => Promise<ShopifyResult<GraphqlSuccess<T>>>;

/**
 * One GraphQL call with the cost budget, a timeout, and retries: THROTTLED waits for the points it lacks;
 * 429 waits Retry-After (or backs off); transient failures back off with jitter when the call is safe to repeat.
 */
export function createGraphqlExecutor(config: ResolvedShopifyConfig, budget: CostBudget): GraphqlExecutor {
  const attemptOnce = async <T>(call: GraphqlCall<T>): Promise<Attempt<T>> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), config.timeoutMs);
    let status: number;
    let text: string;
    let retryAfter: string | null;
    try {
      const response = await config.fetch(config.graphqlUrl, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          "x-shopify-access-token": config.accessToken,
        },
        body: JSON.stringify({ query: call.query, variables: call.variables, operationName: call.operationName }),
        signal: controller.signal,
      });
      status = response.status;
      retryAfter = response.headers.get("retry-after");
      text = await response.text();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return controller.signal.aborted
        ? { kind: "transient", failure: { code: "TIMEOUT", message: `no answer within ${config.timeoutMs} ms` } }
        : { kind: "transient", failure: { code: "NETWORK_ERROR", message } };
    } finally {
      clearTimeout(timer);
    }

    if (status === 401 || status === 403) return { kind: "fatal", failure: { code: "UNAUTHORIZED", status, message: text.slice(0, 300) } };
    if (status === 429) {
      const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
      return {
        kind: "rate-limited",
        retryAfterMs: Number.isFinite(seconds) ? seconds * 1000 : null,
        failure: { code: "RATE_LIMITED", status, message: text.slice(0, 300) },
      };
    }
    if (status >= 500) return { kind: "transient", failure: { code: "HTTP_ERROR", status, message: text.slice(0, 300) } };
    if (status !== 200) return { kind: "fatal", failure: { code: "HTTP_ERROR", status, message: text.slice(0, 300) } };

    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: "transient", failure: { code: "INVALID_RESPONSE", message: "the answer is not JSON" } };
    }
    const envelope = graphqlEnvelopeSchema.safeParse(json);
    if (!envelope.success) return { kind: "fatal", failure: { code: "INVALID_RESPONSE", message: envelope.error.message } };
    const cost = envelope.data.extensions?.cost ?? null;
    if (cost !== null) budget.observe(cost.throttleStatus);
    const errors = envelope.data.errors;
    if (typeof errors === "string" || (errors !== undefined && !Array.isArray(errors))) {
      return { kind: "fatal", failure: { code: "GRAPHQL_ERROR", message: JSON.stringify(errors), errors: [] } };
    }
    if (errors !== undefined && errors.length > 0) {
      const codes = errors.map((error) => ({ message: error.message, code: error.extensions?.code ?? null }));
      if (codes.some((error) => error.code === "THROTTLED")) return { kind: "throttled", observed: cost !== null, requested: cost?.requestedQueryCost ?? null };
      if (codes.some((error) => error.code === "MAX_COST_EXCEEDED")) {
        return { kind: "fatal", failure: { code: "MAX_COST_EXCEEDED", message: codes[0]?.message ?? "", cost: cost?.requestedQueryCost ?? call.cost } };
      }
      const failure: ShopifyFailure = { code: "GRAPHQL_ERROR", message: codes.map((error) => error.message).join("; "), errors: codes };
      return codes.some((error) => error.code === "INTERNAL_SERVER_ERROR") ? { kind: "transient", failure } : { kind: "fatal", failure };
    }
    const data = call.data.safeParse(envelope.data.data);
    if (!data.success) {
      return { kind: "fatal", failure: { code: "INVALID_RESPONSE", message: `${call.operationName}: ${data.error.message}` } };
    }
    return { kind: "ok", value: { data: data.data, cost } };
  };

  // Shopify's own requested cost for a call shape, once seen, wins over our estimate of it.
  const learnedCost = new Map<string, number>();

  return async <T>(call: GraphqlCall<T>): Promise<ShopifyResult<GraphqlSuccess<T>>> => {
    const { maxAttempts } = config.retry;
    const shape = `${call.operationName}:${call.cost}`;
    for (let attempt = 1; ; attempt += 1) {
      const cost = learnedCost.get(shape) ?? call.cost;
      const maximum = budget.maximum();
      if (maximum !== null && cost > maximum) {
        return fail({ code: "MAX_COST_EXCEEDED", message: `${call.operationName} needs ${cost} points; the bucket holds ${maximum}`, cost });
      }
      const permit = await budget.acquire(cost);
      let outcome: Attempt<T>;
      try {
        outcome = await attemptOnce(call);
      } finally {
        permit.release();
      }
      if (outcome.kind === "ok" && outcome.value.cost !== null) learnedCost.set(shape, outcome.value.cost.requestedQueryCost);
      if (outcome.kind === "throttled" && outcome.requested !== null) learnedCost.set(shape, outcome.requested);
      const last = attempt >= maxAttempts;
      switch (outcome.kind) {
        case "ok":
          return succeed(outcome.value);
        case "fatal":
          return fail(outcome.failure);
        case "throttled":
          // Nothing ran; the budget now knows the bucket is short and the next acquire waits for the points.
          if (last) return fail({ code: "THROTTLED", message: `${call.operationName} was throttled ${attempt} times` });
          // A little jitter so clients in other processes sharing the store's bucket do not return in step.
          await config.sleep(outcome.observed ? Math.floor(config.random() * 100) : backoffDelayMs(attempt, config.retry, config.random));
          break;
        case "rate-limited":
          if (last) return fail(outcome.failure);
          await config.sleep((outcome.retryAfterMs ?? backoffDelayMs(attempt, config.retry, config.random)) + Math.floor(config.random() * 100));
          break;
        case "transient":
          if (last || call.retry !== "always") return fail(outcome.failure);
          await config.sleep(backoffDelayMs(attempt, config.retry, config.random));
          break;
      }
    }
  };
}
