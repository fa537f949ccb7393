// Pure logic: no database. Kept beside the operations tests (this work's test folders).
import { describe, expect, it } from "vitest";
import { activityHref, parseActivitySearch } from "@/lib/operations/activity-search";
import { durationBetween, formatDuration } from "@/components/activity/format-duration";
import { displayBody, redacted, visibleHeaders } from "@/lib/operations/redact-secrets";

describe("visibleHeaders", () => {
  it("never shows a signature, token or secret header", () => {
    expect(
      visibleHeaders({
        "x-shopify-topic": "orders/create",
        "X-Shopify-Hmac-Sha256": "abc",
        "stripe-signature": "t=1,v1=abc",
        authorization: "Bearer x",
        "x-shopify-access-token": "shpat_x",
        "content-type": "application/json",
      }),
    ).toEqual([
      ["content-type", "application/json"],
      ["x-shopify-topic", "orders/create"],
    ]);
  });
});

describe("displayBody", () => {
  it("pretty-prints JSON with secrets redacted at any depth", () => {
    const body = displayBody(JSON.stringify({ id: "evt_1", data: { object: { id: "pi_1", client_secret: "pi_1_secret_x", lines: [{ checkout_token: "t" }] } } }));
    expect(body.kind).toBe("json");
    expect(body.text).toContain('\n  "data": {');
    expect(body.text).toContain(`"client_secret": "${redacted}"`);
    expect(body.text).toContain(`"checkout_token": "${redacted}"`);
    expect(body.text).not.toContain("pi_1_secret_x");
  });

  it("shows a body that is not JSON as text, cut at the limit", () => {
    expect(displayBody("not json")).toEqual({ kind: "text", text: "not json", truncated: false });
    expect(displayBody("x".repeat(20), 5)).toEqual({ kind: "text", text: "xxxxx", truncated: true });
  });
});

describe("parseActivitySearch", () => {
  it("reads the view and filters, and falls back to defaults for hostile values", () => {
    expect(parseActivitySearch({ provider: "shopify", status: "failed", topic: "orders/create", event: "12", page: "2" })).toEqual({
      view: "inbox",
      provider: "shopify",
      status: "failed",
      runStatus: undefined,
      topic: "orders/create",
      event: 12,
      page: 2,
    });
    expect(parseActivitySearch({ view: "<script>", provider: "ebay", status: ["failed", "sent"], topic: "a' or 1=1 --", event: "-3", page: "0" })).toEqual({
      view: "inbox",
      provider: undefined,
      status: undefined,
      runStatus: undefined,
      topic: undefined,
      event: undefined,
      page: 1,
    });
  });

  it("round-trips through the URL", () => {
    const href = activityHref({ view: "runs", provider: "stripe", runStatus: "failed", page: 3 });
    expect(href).toBe("/activity?view=runs&provider=stripe&runStatus=failed&page=3");
    expect(parseActivitySearch(Object.fromEntries(new URL(href, "http://x").searchParams))).toMatchObject({ view: "runs", provider: "stripe", runStatus: "failed", page: 3 });
  });
});

describe("formatDuration", () => {
  it("says how long in the shortest fitting unit", () => {
    expect(formatDuration(35)).toBe("35 ms");
    expect(formatDuration(1234)).toBe("1.2 s");
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(31 * 60_000)).toBe("31 min");
    expect(formatDuration(125 * 60_000)).toBe("2 h 5 min");
    expect(formatDuration(-5)).toBe("0 ms");
    expect(durationBetween(new Date(0), null)).toBeNull();
  });
});
