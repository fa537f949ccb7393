import type { Permission } from "@/lib/auth/permissions";

/** The portal's areas, each shown only to roles that hold its permission. */
export const navigationLinks: ReadonlyArray<{ href: string; label: string; permission: Permission }> = [
  { href: "/dashboard", label: "Dashboard", permission: "dashboard:view" },
  { href: "/customers", label: "Customers", permission: "customers:view" },
  { href: "/inventory", label: "Inventory", permission: "inventory:view" },
  { href: "/reconcile", label: "Reconcile", permission: "reconcile:view" },
  { href: "/activity", label: "Activity", permission: "activity:view" },
  { href: "/settings", label: "Settings", permission: "settings:view" },
];
