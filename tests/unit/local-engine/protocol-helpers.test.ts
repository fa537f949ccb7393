import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/inngest/local/canonical-json";
import { hashSigningKey, signBody, verifySignature } from "@/inngest/local/request-signature";
import { parseRetryAfter, parseTimeString, resolveWakeTime } from "@/inngest/local/time-string";
import { seededUlids, ulid } from "@/inngest/local/ulid";

describe("the engine's protocol helpers", () => {
  it("canonicalises JSON as RFC 8785 does", () => {
    expect(canonicalJson({ b: 1, a: [true, null, "x"], c: { z: 1.5, y: undefined } })).toBe('{"a":[true,null,"x"],"b":1,"c":{"z":1.5}}');
    expect(canonicalJson({ "\u00e9": 1, e: 2, E: 3 })).toBe('{"E":3,"e":2,"\u00e9":1}');
  });

  it("signs and verifies bodies with the signing key minus its prefix", () => {
    const key = "signkey-test-0123456789abcdef";
    const now = new Date("2026-03-01T10:00:00.000Z");
    const header = signBody('{"a":1}', key, now);
    expect(header).toMatch(/^t=1772359200&s=[0-9a-f]{64}$/);
    expect(verifySignature('{"a":1}', header, key, now)).toBe(true);
    expect(verifySignature('{"a":1}', header, "signkey-prod-0123456789abcdef", now)).toBe(true);
    expect(verifySignature('{"a":2}', header, key, now)).toBe(false);
    expect(verifySignature('{"a":1}', header, key, new Date(now.getTime() + 6 * 60_000))).toBe(false);
    expect(verifySignature('{"a":1}', null, key, now)).toBe(false);
  });

  it("hashes the signing key for bearer tokens as the SDK spec's example", () => {
    expect(hashSigningKey("signkey-prod-12345678")).toBe("signkey-prod-b2ed992186a5cb19f6668aade821f502c1d00970dfd0e35128d51bac4649916c");
  });

  it("reads time strings, sleep targets and Retry-After", () => {
    const now = new Date("2026-03-01T10:00:00.000Z");
    expect(parseTimeString("2h45m")).toBe(9_900_000);
    expect(parseTimeString("1.5s")).toBe(1_500);
    expect(parseTimeString("300ms")).toBe(300);
    expect(parseTimeString("soon")).toBeNull();
    expect(resolveWakeTime("1m", now)?.toISOString()).toBe("2026-03-01T10:01:00.000Z");
    expect(resolveWakeTime("2026-03-02T00:00:00.000Z", now)?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parseRetryAfter("30", now)?.toISOString()).toBe("2026-03-01T10:00:30.000Z");
    expect(parseRetryAfter("2026-03-01T11:00:00Z", now)?.toISOString()).toBe("2026-03-01T11:00:00.000Z");
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("makes time-ordered ids, and the same ids again for a retried batch", () => {
    const early = ulid(new Date("2026-03-01T10:00:00.000Z"));
    const late = ulid(new Date("2026-03-01T10:00:01.000Z"));
    expect(early).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(early < late).toBe(true);
    const seed = `1772359200000,${Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).toString("base64")}`;
    const ids = seededUlids(seed, 3);
    expect(ids).toEqual(seededUlids(seed, 3));
    expect(new Set(ids).size).toBe(3);
    expect(seededUlids("not a seed", 1)).toBeNull();
  });
});
