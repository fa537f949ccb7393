import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { LightspeedSandboxConfig } from "./sandbox-options";
import type { SandboxState, SimAccessToken } from "./sandbox-state";

/**
 * The OAuth side of R-Series (`POST /auth/oauth/token`, `grant_type=refresh_token`) with rotation: each refresh
 * returns a new access token and a new refresh token, and the refresh token that was used is revoked as soon as
 * the new access token is used (not before, so a client that lost the answer can refresh again). Refreshing
 * too often is answered with 429.
 */

export type TokenAnswer = { status: number; body: unknown; headers?: Record<string, string> };

const refreshRequest = z.object({
  grant_type: z.string(),
  refresh_token: z.string().optional(),
  client_id: z.string().optional(),
  client_secret: z.string().optional(),
});

function oauthError(status: number, error: string, description: string): TokenAnswer {
  return { status, body: { error, error_description: description } };
}

export function issueRefreshToken(
  state: SandboxState,
  now: number,
  token = `rt_${randomBytes(24).toString("hex")}`,
): string {
  state.refreshTokens.set(token, { token, issuedAt: now, revokedAt: null, revokedBecause: null });
  return token;
}

export function handleTokenRequest(
  state: SandboxState,
  config: LightspeedSandboxConfig,
  body: unknown,
  basicAuth: { clientId: string; clientSecret: string } | null,
  now: number,
  realNow: number,
): TokenAnswer {
  const parsed = refreshRequest.safeParse(body);
  if (!parsed.success) return oauthError(400, "invalid_request", "grant_type is required");
  const clientId = parsed.data.client_id ?? basicAuth?.clientId;
  const clientSecret = parsed.data.client_secret ?? basicAuth?.clientSecret;
  if (clientId !== config.clientId || clientSecret !== config.clientSecret) {
    return oauthError(401, "invalid_client", "Client authentication failed");
  }
  if (parsed.data.grant_type !== "refresh_token") {
    return oauthError(400, "unsupported_grant_type", "The sandbox supports grant_type=refresh_token only");
  }
  const recent = state.refreshes.filter((at) => at > realNow - 60_000);
  if (recent.length >= config.maxRefreshesPerMinute) {
    const retryAfter = Math.max(1, Math.ceil(((recent[0] ?? realNow) + 60_000 - realNow) / 1000));
    const answer = oauthError(429, "too_many_requests", "Too many token refreshes");
    return { ...answer, headers: { "Retry-After": String(retryAfter) } };
  }
  const presented = state.refreshTokens.get(parsed.data.refresh_token ?? "");
  if (!presented || presented.revokedAt !== null) {
    return oauthError(400, "invalid_grant", "The refresh token is invalid or has been revoked");
  }
  state.refreshes.push(realNow);
  const accessToken: SimAccessToken = {
    token: `at_${randomBytes(24).toString("hex")}`,
    issuedAt: now,
    expiresAt: now + config.accessTokenTtlSeconds * 1000,
    fromRefreshToken: presented.token,
    firstUsedAt: null,
  };
  state.accessTokens.set(accessToken.token, accessToken);
  const refreshToken = issueRefreshToken(state, now);
  return {
    status: 200,
    body: {
      access_token: accessToken.token,
      expires_in: config.accessTokenTtlSeconds,
      token_type: "bearer",
      scope: "employee:all",
      refresh_token: refreshToken,
    },
  };
}

/** Checks `Authorization: Bearer …`; first use of a new access token revokes the refresh token that bought it. */
export function authenticate(
  state: SandboxState,
  authorization: string | undefined,
  now: number,
): { ok: true } | { ok: false; message: string } {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return { ok: false, message: "Missing access token." };
  const token = state.accessTokens.get(match[1]);
  if (!token) return { ok: false, message: "Invalid access token." };
  if (token.expiresAt <= now) return { ok: false, message: "Access token has expired." };
  if (token.firstUsedAt === null) {
    token.firstUsedAt = now;
    const parent = token.fromRefreshToken === null ? undefined : state.refreshTokens.get(token.fromRefreshToken);
    if (parent && parent.revokedAt === null) {
      parent.revokedAt = now;
      parent.revokedBecause = "rotated: its successor's access token was used";
    }
  }
  return { ok: true };
}

/** `Authorization: Basic base64(id:secret)`, the other way a client may authenticate to the token endpoint. */
export function basicCredentials(authorization: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? "");
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1) };
}
