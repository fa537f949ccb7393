import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { clientAddress } from "@/lib/auth/client-address";
import { hashPassword } from "@/lib/auth/password";
import { signInAttempts, users } from "@/lib/db/schema";
import { testDatabaseKinds } from "../support/test-database";
import { createSweepDatabase } from "./support/migrated-pglite-copy";

const policy = { maxFailures: 1, windowMinutes: 15 };
const password = "the-right-password";

describe.each(testDatabaseKinds())("sign-in budgets hold under attack (%s)", (kind) => {
  let database: Awaited<ReturnType<typeof createSweepDatabase>>;
  const now = new Date("2026-11-22T10:00:00Z");
  const attempt = (email: string, guess: string, address: string) =>
    authenticate(database.db, { credentials: { email, password: guess }, address, now }, policy);

  beforeAll(async () => {
    database = await createSweepDatabase(kind);
    const passwordHash = await hashPassword(password);
    await database.db.insert(users).values([
      { email: "owner@sweep.test", name: "Owner", role: "owner", passwordHash },
      { email: "staff@sweep.test", name: "Staff", role: "staff", passwordHash },
    ]);
  });
  afterAll(() => database.dispose());
  beforeEach(async () => {
    await database.db.delete(signInAttempts);
  });

  it("an account's budget holds across addresses: after it is spent even the right password is refused", async () => {
    for (let i = 0; i < policy.maxFailures; i += 1) expect((await attempt("owner@sweep.test", `guess-${i}`, `10.1.0.${i}`)).outcome).toBe("invalid");
    expect((await attempt("owner@sweep.test", password, "10.1.0.99")).outcome).toBe("rate-limited");
    expect((await attempt(" OWNER@sweep.test ", password, "10.1.0.98")).outcome).toBe("rate-limited");
  });

  it("an address's budget (4× an account's) holds across accounts", async () => {
    for (let i = 0; i < policy.maxFailures * 4; i += 1) await attempt(`nobody-${i}@sweep.test`, "guess", "10.2.0.1");
    expect((await attempt("staff@sweep.test", password, "10.2.0.1")).outcome).toBe("rate-limited");
    expect((await attempt("staff@sweep.test", password, "10.2.0.2")).outcome).toBe("signed-in");
  });

  it("a burst of simultaneous guesses gets no more tries than the budget", async () => {
    const burst = await Promise.all(Array.from({ length: 4 }, (_, i) => attempt("staff@sweep.test", `burst-${i}`, `10.3.0.${i}`)));
    const followUps = [];
    for (let i = 0; i < policy.maxFailures; i += 1) followUps.push(await attempt("staff@sweep.test", `follow-up-${i}`, `10.3.1.${i}`));
    expect([...burst, ...followUps].filter((result) => result.outcome === "invalid").length).toBeLessThanOrEqual(policy.maxFailures);
  });

  it("a burst from one address across accounts gets no more tries than the address budget", async () => {
    const burst = await Promise.all(Array.from({ length: 8 }, (_, i) => attempt(`spray-${i}@sweep.test`, "guess", "10.4.0.1")));
    expect(burst.filter((result) => result.outcome === "invalid").length).toBeLessThanOrEqual(policy.maxFailures * 4);
  });
});

describe("the address a sign-in is counted against", () => {
  it("is the one the nearest proxy (or Next.js itself) saw, not what the caller wrote into X-Forwarded-For", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "random-1, random-2 ,203.0.113.7 " }))).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared bucket, never to nothing", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddress(new Headers({ "x-forwarded-for": " , " }))).toBe("unknown");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
