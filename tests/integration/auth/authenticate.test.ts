import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { users } from "@/lib/db/schema";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";

const policy = { maxFailures: 3, windowMinutes: 15 };

describe.each(testDatabaseKinds())("authenticate on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const now = new Date("2026-11-21T10:00:00Z");

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const passwordHash = await hashPassword("the-right-password");
    await database.db.insert(users).values([
      { email: "ann@example.com", name: "Ann", role: "owner", passwordHash },
      { email: "bob@example.com", name: "Bob", role: "staff", passwordHash },
      { email: "gone@example.com", name: "Gone", role: "staff", passwordHash, active: false },
    ]);
  });
  afterAll(() => database.dispose());

  const attempt = (email: string, password: string, address = "10.0.0.1", at = now) =>
    authenticate(database.db, { credentials: { email, password }, address, now: at }, policy);

  it("signs in with the right password, normalising the email", async () => {
    const result = await attempt("  Ann@Example.com ", "the-right-password");
    expect(result).toEqual({ outcome: "signed-in", user: expect.objectContaining({ email: "ann@example.com", role: "owner" }) });
  });

  it("answers the same for a wrong password, an unknown account, a deactivated account and junk input", async () => {
    expect(await attempt("ann@example.com", "wrong")).toEqual({ outcome: "invalid" });
    expect(await attempt("nobody@example.com", "the-right-password")).toEqual({ outcome: "invalid" });
    expect(await attempt("gone@example.com", "the-right-password")).toEqual({ outcome: "invalid" });
    const junk = await authenticate(database.db, { credentials: { email: ["x"], password: 7 }, address: "10.0.0.9", now }, policy);
    expect(junk).toEqual({ outcome: "invalid" });
  });

  it("locks an account after repeated failures, even against the right password, until the window passes", async () => {
    for (let i = 0; i < 3; i += 1) expect(await attempt("bob@example.com", `wrong-${i}`, "10.0.0.2")).toEqual({ outcome: "invalid" });
    expect(await attempt("bob@example.com", "the-right-password", "10.0.0.3")).toEqual({ outcome: "rate-limited" });
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await attempt("bob@example.com", "the-right-password", "10.0.0.3", later)).outcome).toBe("signed-in");
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < 12; i += 1) await attempt(`guess-${i}@example.com`, "guess", "10.0.0.66");
    expect(await attempt("ann@example.com", "the-right-password", "10.0.0.66")).toEqual({ outcome: "rate-limited" });
    expect((await attempt("ann@example.com", "the-right-password", "10.0.0.67")).outcome).toBe("signed-in");
  });
});
