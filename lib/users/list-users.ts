import { asc } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { users } from "@/lib/db/schema";

export function listUsers(db: Executor) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
    })
    .from(users)
    .orderBy(asc(users.role), asc(users.name));
}

export type ListedUser = Awaited<ReturnType<typeof listUsers>>[number];
