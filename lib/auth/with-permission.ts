import { NextResponse } from "next/server";
import { currentUser, type SessionUser } from "./current-user";
import { can, type Permission } from "./permissions";

/** Wraps a route handler: 401 without a session, 403 without `permission`, the handler otherwise. */
export function withPermission<Context>(
  permission: Permission,
  handler: (request: Request, context: Context & { user: SessionUser }) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const user = await currentUser();
    if (!user) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    if (!can(user.role, permission)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
    return handler(request, { ...context, user });
  };
}
