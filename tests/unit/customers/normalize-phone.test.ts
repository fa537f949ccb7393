import { isValidPhoneNumber } from "libphonenumber-js";
import { describe, expect, it } from "vitest";
import { normalizePhone, toCountryCode } from "@/lib/customers/normalize-phone";

describe("normalizePhone", () => {
  it("reads national formats with the default country", () => {
    for (const raw of ["(212) 555-0143", "212-555-0143", "212.555.0143", "2125550143", "1 212 555 0143", " +1 212 555 0143 "]) {
      expect(normalizePhone(raw, "US")).toBe("+12125550143");
    }
    expect(normalizePhone("020 7946 0123", "GB")).toBe("+442079460123");
    expect(normalizePhone("(02) 5550 1234", "AU")).toBe("+61255501234");
    expect(normalizePhone("(416) 555-0123", "CA")).toBe("+14165550123");
  });

  it("keeps the written country code over the default country", () => {
    expect(normalizePhone("+44 20 7946 0123", "US")).toBe("+442079460123");
    expect(normalizePhone("+1 (617) 555-0199", "GB")).toBe("+16175550199");
  });

  it("accepts the country in any case and ignores an unknown one for international numbers", () => {
    expect(normalizePhone("(212) 555-0143", "us")).toBe("+12125550143");
    expect(toCountryCode("XX")).toBeUndefined();
    expect(normalizePhone("+1 212 555 0143", "XX")).toBe("+12125550143");
    expect(normalizePhone("(212) 555-0143", "XX")).toBeNull();
  });

  it("is null for missing, blank or invalid numbers", () => {
    expect(normalizePhone(null, "US")).toBeNull();
    expect(normalizePhone(undefined, "US")).toBeNull();
    expect(normalizePhone("  ", "US")).toBeNull();
    expect(normalizePhone("12345", "US")).toBeNull();
    expect(normalizePhone("call me", "US")).toBeNull();
    // Area code 555 does not exist: (555) 010-2030 is not a valid US number.
    expect(normalizePhone("(555) 010-2030", "US")).toBeNull();
  });

  it("accepts the fictional 555-0100..0199 lines under real area codes (what the demo data uses)", () => {
    expect(isValidPhoneNumber("(555) 010-2030", "US")).toBe(false);
    for (const raw of ["(212) 555-0100", "(415) 555-0199", "(802) 555-0150"]) {
      expect(isValidPhoneNumber(raw, "US")).toBe(true);
      expect(normalizePhone(raw, "US")).toMatch(/^\+1\d{10}$/);
    }
  });
});
