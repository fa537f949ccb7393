import { requirePagePermission } from "@/lib/auth/current-user";

/**
 * Checks the permission before anything streams. The dashboard has a loading state, so its pages stream: once the
 * loading shell is sent the status is 200, and a refusal inside the page could no longer answer 403. The pages
 * still check for themselves (a layout is not re-rendered on every navigation).
 */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission("dashboard:view");
  return children;
}
