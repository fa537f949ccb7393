import { and, eq } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { users, type User } from "@/lib/db/schema";
import { auth } from "./auth";
import { can, type Permission } from "./permissions";

export type SessionUser = Pick<User, "id" | "email" | "name" | "role">;

/**
 * The signed-in user, read fresh from the database on every request: a deactivated account or a changed
 * role takes effect at once, whatever the session cookie says.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true)))
    .limit(1);
  return user ?? null;
}

/** For pages: the signed-in user with `permission`; signed-out visitors go to sign-in, others get 403. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (!can(user.role, permission)) forbidden();
  return user;
}
