import type { z } from "zod";
import type { ResolvedLightspeedConfig } from "./lightspeed-config";
import {
  LightspeedAuthError,
  LightspeedError,
  LightspeedHttpError,
  LightspeedRateLimited,
  LightspeedUnexpectedResponse,
} from "./lightspeed-errors";
import { attemptSignal, fetchFailure, readBody } from "./fetch-failure";
import { createRateBudget, type RateBudget } from "./rate-budget";
import { rateLimitType, retryAfterSeconds } from "./rate-limit-headers";
import { backoffDelayMs } from "./retry-backoff";
import { errorMessageOf } from "./schemas/error-body-schema";
import { createTokenManager, type TokenManager } from "./token-manager";

export type LightspeedRequest = {
  method: "GET" | "POST" | "PUT";
  /** Absolute; from `accountUrl` or a page's `@attributes.next`. */
  url: string;
  body?: unknown;
  /** Drips, from request-cost.ts. */
  cost: number;
  signal?: AbortSignal;
};

export type LightspeedTransport = {
  /** Sends one request within the budget and parses the answer with `schema`. */
  send<Schema extends z.ZodType>(request: LightspeedRequest, schema: Schema): Promise<z.output<Schema>>;
  /** `…/API/V3/Account/{accountId}/{path}?{params}`. */
  accountUrl(path: string, params?: Record<string, string>): string;
  /** A page's `next` URL, refused unless it points at the configured API (the bearer token goes with it). */
  followUrl(url: string): string;
  budget: RateBudget;
  config: ResolvedLightspeedConfig;
};

/**
 * Every request goes through here: rate budget, bearer token, time limit, and the retry rules.
 *
 * - GET and PUT are idempotent: a 429 (after its Retry-After), a 5xx, a time-out or a dropped connection is
 *   retried with backoff, up to `retry.maxAttempts` attempts.
 * - POST is never retried here once it may have reached the API. The caller decides, and a sale or refund
 *   looks itself up by reference first (see create-completed-sale.ts). A POST that provably never arrived
 *   (refused with 401 before processing, token refresh failed before sending) is sent again.
 * - A 401 refreshes the token once and repeats the request.
 */
export function createLightspeedTransport(config: ResolvedLightspeedConfig): LightspeedTransport {
  const tokens: TokenManager = createTokenManager(config);
  const budget = createRateBudget({
    clock: config.clock,
    sleep: config.sleep,
    marginDrips: config.bucketMarginDrips,
    defaultBurstLimit: config.defaultBurstLimit,
  });
  const apiOrigin = new URL(config.apiBaseUrl).origin;

  function backoff(attempt: number, signal: AbortSignal | undefined) {
    return config.sleep(backoffDelayMs(attempt, { ...config.retry, random: config.random }), signal);
  }

  async function send<Schema extends z.ZodType>(request: LightspeedRequest, schema: Schema): Promise<z.output<Schema>> {
    const idempotent = request.method !== "POST";
    const path = new URL(request.url).pathname;
    const what = `Lightspeed ${request.method} ${path}`;
    const { maxAttempts } = config.retry;
    let authRetried = false;

    for (let attempt = 1; ; attempt += 1) {
      const permit = await budget.acquire(request.cost, request.signal);
      let token: string;
      try {
        token = await tokens.accessToken();
      } catch (error) {
        permit.settle(null);
        // Nothing was sent yet, so even a POST may go again.
        if (error instanceof LightspeedError && error.retryable && attempt < maxAttempts) {
          const wait = error instanceof LightspeedRateLimited ? error.retryAfterSeconds * 1000 : null;
          await (wait === null ? backoff(attempt, request.signal) : config.sleep(wait, request.signal));
          continue;
        }
        throw error;
      }

      let response: Response;
      let body: unknown;
      try {
        response = await config.fetch(request.url, {
          method: request.method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: "application/json",
            ...(request.body === undefined ? {} : { "content-type": "application/json" }),
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: attemptSignal(config.timeoutMs, request.signal),
        });
        body = await readBody(response);
      } catch (error) {
        permit.settle(null);
        const failure = fetchFailure(error, what, request.signal);
        if (idempotent && failure instanceof LightspeedError && failure.retryable && attempt < maxAttempts) {
          await backoff(attempt, request.signal);
          continue;
        }
        throw failure;
      }
      permit.settle(response.headers);

      if (response.status === 401) {
        if (authRetried) throw new LightspeedAuthError(`${what}: still unauthorised after a token refresh`);
        authRetried = true;
        tokens.invalidate(token);
        attempt -= 1;
        continue;
      }
      if (response.status === 429) {
        const seconds = retryAfterSeconds(response.headers, config.clock.now()) ?? 1;
        const limitType = rateLimitType(response.headers);
        budget.rateLimited(seconds, request.cost, limitType);
        const rateLimited = new LightspeedRateLimited({
          method: request.method,
          path,
          retryAfterSeconds: seconds,
          limitType,
          apiMessage: errorMessageOf(body),
        });
        // No backoff of our own: the budget now holds every request until Retry-After has passed.
        if (idempotent && attempt < maxAttempts) continue;
        throw rateLimited;
      }
      if (!response.ok) {
        const failure = new LightspeedHttpError({
          status: response.status,
          method: request.method,
          path,
          apiMessage: errorMessageOf(body),
        });
        if (idempotent && response.status >= 500 && attempt < maxAttempts) {
          await backoff(attempt, request.signal);
          continue;
        }
        throw failure;
      }

      const parsed = schema.safeParse(body);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
          .join("; ");
        throw new LightspeedUnexpectedResponse(`${what}: unexpected answer (${issues})`);
      }
      return parsed.data;
    }
  }

  return {
    send,
    budget,
    config,
    accountUrl(path, params) {
      const url = new URL(`${config.apiBaseUrl}/Account/${config.accountId}/${path}`);
      for (const [name, value] of Object.entries(params ?? {})) url.searchParams.set(name, value);
      return url.toString();
    },
    followUrl(url) {
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (parsed === null || parsed.origin !== apiOrigin) {
        throw new LightspeedUnexpectedResponse(`Lightspeed paging link points outside the API: ${url}`);
      }
      return parsed.toString();
    },
  };
}
