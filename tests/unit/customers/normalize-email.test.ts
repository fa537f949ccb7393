import { describe, expect, it } from "vitest";
import { normalizeEmail } from "@/lib/customers/normalize-email";

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Ann.Lee@Example.COM ")).toBe("ann.lee@example.com");
    expect(normalizeEmail("BOB+coffee@example.org")).toBe("bob+coffee@example.org");
  });

  it("is null for missing, blank or invalid input", () => {
    expect(normalizeEmail(null)).toBeNull();
    expect(normalizeEmail(undefined)).toBeNull();
    expect(normalizeEmail("")).toBeNull();
    expect(normalizeEmail("   ")).toBeNull();
    expect(normalizeEmail("not an email")).toBeNull();
    expect(normalizeEmail("ann@")).toBeNull();
    expect(normalizeEmail("@example.com")).toBeNull();
    expect(normalizeEmail("ann lee@example.com")).toBeNull();
  });

  it("is idempotent", () => {
    const once = normalizeEmail(" Mixed.Case@Example.Net");
    expect(normalizeEmail(once)).toBe(once);
  });
});
