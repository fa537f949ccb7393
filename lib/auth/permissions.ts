import type { Role } from "@/lib/db/schema";

/** The one permission table: what each role may do. Pages, actions and route handlers check it on the server. */
export const permissions = {
  "dashboard:view": ["owner"],
  "customers:view": ["owner", "staff"],
  "customers:merge": ["owner"],
  "inventory:view": ["owner", "staff"],
  "reconcile:view": ["owner"],
  "reconcile:run": ["owner"],
  "stock:override": ["owner"],
  "activity:view": ["owner"],
  "events:replay": ["owner"],
  "settings:view": ["owner"],
  "settings:edit": ["owner"],
  "staff:manage": ["owner"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  const allowed: readonly Role[] = permissions[permission];
  return allowed.includes(role);
}
