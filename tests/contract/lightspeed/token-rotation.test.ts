import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { all, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function apiRequests(h: Harness) {
  return h.sandbox.state.requestLog.filter((entry) => entry.path.startsWith("/API/"));
}

const tokenAnswer = z.object({ error: z.string().optional(), refresh_token: z.string().optional() });

async function refreshWith(h: Harness, refreshToken: string) {
  const response = await fetch(h.sandbox.tokenUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      refresh_token: refreshToken,
      client_id: h.sandbox.clientId,
      client_secret: h.sandbox.clientSecret,
    }),
  });
  return { status: response.status, body: tokenAnswer.parse(await response.json()) };
}

describe("Lightspeed OAuth refresh with rotation", () => {
  it("saves the new refresh token before using the new access token; the old one is rejected after use", async () => {
    harness = await startHarness();
    const h = harness;
    const apiCallsWhenSaved: number[] = [];
    h.tokens.onSave = () => apiCallsWhenSaved.push(apiRequests(h).length);

    await all(h.adapter.listShops());

    expect(h.tokens.saved).toHaveLength(1);
    expect(h.tokens.saved[0]).not.toBe(h.sandbox.initialRefreshToken);
    expect(apiCallsWhenSaved).toEqual([0]);
    expect(h.sandbox.state.refreshTokens.get(h.sandbox.initialRefreshToken)?.revokedAt).not.toBeNull();
    const replay = await refreshWith(h, h.sandbox.initialRefreshToken);
    expect(replay).toMatchObject({ status: 400, body: { error: "invalid_grant" } });

    // Another process on the same store picks up the rotated token and rotates it again.
    await all(h.newAdapter().listShops());
    expect(h.tokens.saved).toHaveLength(2);
  });

  it("before the new access token is used, the old refresh token still works (a lost answer can be retried)", async () => {
    harness = await startHarness();
    await harness.control.post("faults", { kind: "lost-response", count: 1, path: "/auth/oauth/token" });

    const shops = await all(harness.adapter.listShops());

    expect(shops).toHaveLength(1);
    expect(harness.sandbox.state.refreshes).toHaveLength(2);
    expect(harness.tokens.saved).toHaveLength(1);
  });

  it("refreshes once for many concurrent callers when the token expires (single flight)", async () => {
    const h = await startHarness({ accessTokenTtlSeconds: 0.5 });
    harness = h;
    await all(h.adapter.listShops());
    await new Promise((resolve) => setTimeout(resolve, 500));

    await Promise.all(Array.from({ length: 10 }, () => all(h.adapter.listShops())));

    expect(h.sandbox.state.refreshes).toHaveLength(2);
    expect(apiRequests(h).filter((entry) => entry.status === 401)).toEqual([]);
  });

  it("on a 401 refreshes once and repeats the requests", async () => {
    const h = await startHarness();
    harness = h;
    await all(h.adapter.listShops());
    await h.control.post("tokens/expire");

    const results = await Promise.all(Array.from({ length: 8 }, () => all(h.adapter.listShops())));

    expect(results.every((shops) => shops.length === 1)).toBe(true);
    expect(h.sandbox.state.refreshes).toHaveLength(2);
    expect(h.tokens.saved).toHaveLength(2);
    expect(apiRequests(h).filter((entry) => entry.status === 401)).toHaveLength(8);
  });

  it("a refused refresh token is an auth error, not retried", async () => {
    harness = await startHarness({ initialRefreshToken: "the-real-one" });
    const adapter = harness.newAdapter({
      tokenStore: { load: async () => "revoked-long-ago", save: async () => {} },
    });

    await expect(all(adapter.listShops())).rejects.toMatchObject({ name: "LightspeedAuthError", code: "auth" });
    expect(harness.sandbox.state.requestLog.filter((entry) => entry.path === "/auth/oauth/token")).toHaveLength(1);
  });
});
