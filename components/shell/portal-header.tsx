import type { SessionUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { NavLink } from "./nav-link";
import { navigationLinks } from "./navigation-links";
import { signOutAction } from "./sign-out-action";

export function PortalHeader({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <div className="flex items-baseline gap-2">
          <span className="text-lg font-semibold text-brand-900">Tillbridge</span>
          <span className="text-sm text-stone-500">{env.SHOP_NAME}</span>
        </div>
        <nav aria-label="Main" className="order-last -mx-1 flex w-full gap-1 overflow-x-auto lg:order-none lg:w-auto lg:flex-1">
          {navigationLinks
            .filter((link) => can(user.role, link.permission))
            .map((link) => (
              <NavLink key={link.href} href={link.href} label={link.label} />
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <span className="text-sm text-stone-600">
            <span data-testid="signed-in-user">{user.name}</span> · <span className="capitalize">{user.role}</span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="min-h-11 rounded-md px-3 text-sm font-medium text-stone-700 hover:bg-stone-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
