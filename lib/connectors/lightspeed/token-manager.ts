import type { ResolvedLightspeedConfig } from "./lightspeed-config";
import {
  LightspeedAuthError,
  LightspeedHttpError,
  LightspeedRateLimited,
  LightspeedUnexpectedResponse,
} from "./lightspeed-errors";
import { attemptSignal, fetchFailure, readBody } from "./fetch-failure";
import { errorMessageOf } from "./schemas/error-body-schema";
import { tokenResponseSchema } from "./schemas/token-response-schema";
import { retryAfterSeconds } from "./rate-limit-headers";

export type TokenManager = {
  /** A valid access token, refreshing first when there is none or it is about to expire. */
  accessToken(): Promise<string>;
  /** After a 401: forget `token` if it is still the current one, so the next call refreshes (once). */
  invalidate(token: string): void;
};

/**
 * OAuth2 refresh with rotation. Each refresh returns a new refresh token and the old one dies as soon as the new
 * access token is used, so the new one is saved before the access token is handed out. Concurrent callers share
 * one refresh in flight (single flight): two refreshes racing would each burn the other's token.
 */
export function createTokenManager(config: ResolvedLightspeedConfig): TokenManager {
  let current: { token: string; refreshAt: number } | null = null;
  let inFlight: Promise<string> | null = null;

  // No caller's signal here: the refresh is shared, and one caller giving up must not fail the others.
  async function refresh(): Promise<string> {
    const refreshToken = await config.tokenStore.load();
    const what = "Lightspeed token refresh";
    let response: Response;
    let body: unknown;
    try {
      response = await config.fetch(config.tokenUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams({
          grant_type: "refresh_token",
          refresh_token: refreshToken,
          client_id: config.clientId,
          client_secret: config.clientSecret,
        }),
        signal: attemptSignal(config.timeoutMs, undefined),
      });
      body = await readBody(response);
    } catch (error) {
      // The old refresh token stays valid until a new access token is used, so this is safe to try again.
      throw fetchFailure(error, what, undefined);
    }
    if (response.status === 429) {
      throw new LightspeedRateLimited({
        method: "POST",
        path: "token",
        retryAfterSeconds: retryAfterSeconds(response.headers, config.clock.now()) ?? 60,
        apiMessage: errorMessageOf(body),
      });
    }
    if (response.status >= 500) {
      const apiMessage = errorMessageOf(body);
      throw new LightspeedHttpError({ status: response.status, method: "POST", path: "token", apiMessage });
    }
    if (!response.ok) {
      const reason = errorMessageOf(body) ?? "no reason given";
      throw new LightspeedAuthError(`${what} refused (${response.status}): ${reason}`);
    }
    const parsed = tokenResponseSchema.safeParse(body);
    if (!parsed.success) throw new LightspeedUnexpectedResponse(`${what}: unexpected answer`);
    await config.tokenStore.save(parsed.data.refresh_token);
    const lifetimeMs = parsed.data.expires_in * 1000;
    // Refresh a little early: 10% of the lifetime, at most a minute.
    const earlyMs = Math.min(60_000, lifetimeMs * 0.1);
    current = { token: parsed.data.access_token, refreshAt: config.clock.now() + lifetimeMs - earlyMs };
    return parsed.data.access_token;
  }

  return {
    accessToken() {
      if (current && config.clock.now() < current.refreshAt) return Promise.resolve(current.token);
      inFlight ??= refresh().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
  };
}
