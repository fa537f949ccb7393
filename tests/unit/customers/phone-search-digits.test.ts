import { describe, expect, it } from "vitest";
import { normalizePhone } from "@/lib/customers/normalize-phone";
import { phoneSearchDigits } from "@/lib/customers/phone-search-digits";

function finds(query: string, stored: string, country = "US"): boolean {
  const digits = phoneSearchDigits(query, country);
  return digits !== null && stored.includes(digits);
}

describe("phoneSearchDigits", () => {
  it("finds a stored E.164 number from any way of typing it", () => {
    for (const query of ["(555) 010-2030", "555-010-2030", "555.010.2030", "5550102030", "+1 555 010 2030", "1 555 010 2030"]) {
      expect(finds(query, "+15550102030")).toBe(true);
    }
    const stored = normalizePhone("(212) 555-0143", "US");
    expect(stored).toBe("+12125550143");
    for (const query of ["(212) 555-0143", "212 555 0143", "+1 212-555-0143"]) {
      expect(finds(query, stored ?? "")).toBe(true);
    }
  });

  it("works on partial input as the user types", () => {
    expect(phoneSearchDigits("(555) 01", "US")).toBe("55501");
    expect(phoneSearchDigits("555-0", "US")).toBe("5550");
    expect(finds("0102", "+15550102030")).toBe(true);
    expect(finds("+1 555", "+15550102030")).toBe(true);
  });

  it("drops the national trunk prefix and reads international prefixes", () => {
    expect(phoneSearchDigits("020 7946 0123", "GB")).toBe("2079460123");
    expect(finds("020 7946", "+442079460123", "GB")).toBe(true);
    expect(finds("0044 20 7946 0123", "+442079460123", "GB")).toBe(true);
    expect(finds("+44 20 7946", "+442079460123", "US")).toBe(true);
  });

  it("does not match a different number", () => {
    expect(finds("(555) 010-2031", "+15550102030")).toBe(false);
  });

  it("is null with fewer than 3 digits", () => {
    expect(phoneSearchDigits("", "US")).toBeNull();
    expect(phoneSearchDigits("ann", "US")).toBeNull();
    expect(phoneSearchDigits("(5", "US")).toBeNull();
    expect(phoneSearchDigits("+1 5", "US")).toBeNull();
  });

  it("falls back to the plain digits for an unknown default country", () => {
    expect(phoneSearchDigits("(555) 010-2030", "XX")).toBe("5550102030");
  });
});
