import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { auditLog, users } from "@/lib/db/schema";
import { createUser } from "@/lib/users/create-user";
import { resetPassword } from "@/lib/users/reset-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { newUserSchema } from "@/lib/users/user-input";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database";

describe.each(testDatabaseKinds())("staff accounts on %s", (kind) => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let ownerId = 0;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    const [owner] = await database.db
      .insert(users)
      .values({ email: "owner@example.com", name: "Owner", role: "owner", passwordHash: await hashPassword("owner-password") })
      .returning();
    ownerId = owner?.id ?? 0;
  });
  afterAll(() => database.dispose());

  it("refuses hostile or incomplete form values before touching the database", () => {
    expect(newUserSchema.safeParse({ name: "", email: "x", role: "admin", password: "short" }).success).toBe(false);
    expect(newUserSchema.safeParse({ name: "<script>", email: "a@b.co", role: "staff", password: "x".repeat(201) }).success).toBe(false);
  });

  it("creates an account once, audited, and refuses a second with the same email", async () => {
    const input = newUserSchema.parse({ name: "Sam", email: "SAM@example.com", role: "staff", password: "a-long-password" });
    const created = await createUser(database.db, input, ownerId);
    expect(created.created).toBe(true);
    expect(await createUser(database.db, input, ownerId)).toEqual({ created: false, reason: "email-taken" });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "user.create"));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.after)).not.toContain("a-long-password");
  });

  it("never deactivates yourself or the last owner, and resets passwords", async () => {
    const [sam] = await database.db.select().from(users).where(eq(users.email, "sam@example.com"));
    if (!sam) throw new Error("sam missing");
    expect(await setUserActive(database.db, { userId: ownerId, active: false }, ownerId)).toEqual({ changed: false, reason: "self" });
    expect(await setUserActive(database.db, { userId: ownerId, active: false }, sam.id)).toEqual({ changed: false, reason: "last-owner" });
    expect(await setUserActive(database.db, { userId: sam.id, active: false }, ownerId)).toEqual({ changed: true });
    expect(await resetPassword(database.db, { userId: sam.id, password: "another-long-password" }, ownerId)).toEqual({ changed: true });
    const [after] = await database.db.select().from(users).where(eq(users.id, sam.id));
    expect(after?.active).toBe(false);
    expect(await verifyPassword("another-long-password", after?.passwordHash ?? "")).toBe(true);
  });
});
