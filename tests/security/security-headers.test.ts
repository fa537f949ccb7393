import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { securityHeaderRules } from "@/lib/http/security-headers";

/** The headers next.config makes Next.js add to any page or route, given the request's own headers. */
async function headersFor(requestHeaders: Record<string, string> = {}): Promise<Map<string, string>> {
  const rules = (await nextConfig.headers?.()) ?? [];
  const applied = new Map<string, string>();
  for (const rule of rules) {
    expect(rule.source).toBe("/:path*");
    const matches = (rule.has ?? []).every((condition) => condition.type === "header" && requestHeaders[condition.key] === condition.value);
    if (matches) for (const header of rule.headers) applied.set(header.key.toLowerCase(), header.value);
  }
  return applied;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = "", ...sources]) => [name, sources]),
  );
}

describe("security headers on every page and route", () => {
  it("next.config sends the full set on every path", async () => {
    const headers = await headersFor();
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("permissions-policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers.get("cross-origin-opener-policy")).toBe("same-origin");
    expect(headers.get("content-security-policy")).toBeDefined();
    expect(nextConfig.poweredByHeader).toBe(false);
  });

  it("adds Strict-Transport-Security only to requests that came over https", async () => {
    expect((await headersFor()).has("strict-transport-security")).toBe(false);
    expect((await headersFor({ "x-forwarded-proto": "http" })).has("strict-transport-security")).toBe(false);
    expect((await headersFor({ "x-forwarded-proto": "https" })).get("strict-transport-security")).toMatch(/^max-age=(\d+); includeSubDomains$/);
    const maxAge = Number(/max-age=(\d+)/.exec((await headersFor({ "x-forwarded-proto": "https" })).get("strict-transport-security") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
  });

  it("the production Content-Security-Policy allows only the portal's own origin, no framing, no plugins, no eval", () => {
    const [everyPath] = securityHeaderRules({ development: false });
    const policy = directives(everyPath?.headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "");
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect({ name, sources }).not.toEqual({ name, sources: expect.arrayContaining(["*"]) });
      expect(sources.some((source) => /^https?:|'unsafe-eval'/.test(source))).toBe(false);
    }
  });

  it("development (next dev) adds only what fast refresh needs", () => {
    const [everyPath] = securityHeaderRules({ development: true });
    const policy = directives(everyPath?.headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "");
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });
});
