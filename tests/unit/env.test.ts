import { describe, expect, it } from "vitest";
import { parseEnvironment } from "@/lib/env";

const valid = { AUTH_SECRET: "x".repeat(32) };

describe("the environment", () => {
  it("fills in defaults for the embedded demo", () => {
    const environment = parseEnvironment(valid);
    expect(environment.DATABASE_URL).toBeUndefined();
    expect(environment.PGLITE_DIR).toBe(".data/pglite");
    expect(environment.PORT).toBe(3000);
  });

  it("names every missing or invalid variable in one message", () => {
    const parse = () => parseEnvironment({ AUTH_SECRET: "short", DATABASE_URL: "not a url", PORT: "eighty", SHOP_CURRENCY: "EURO" });
    for (const problem of [/AUTH_SECRET: must be at least 32 characters/, /DATABASE_URL: Invalid URL/, /PORT: /, /SHOP_CURRENCY: /]) {
      expect(parse).toThrowError(problem);
    }
  });

  it("requires a session secret once a real shop is connected", () => {
    expect(() => parseEnvironment({ LIGHTSPEED_ACCOUNT_ID: "12345" })).toThrowError(
      /AUTH_SECRET: required when a real shop is connected/,
    );
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseEnvironment({ ...valid, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });
});
