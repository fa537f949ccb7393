import { redirect } from "next/navigation";
import { DemoBanner } from "@/components/shell/demo-banner";
import { PortalHeader } from "@/components/shell/portal-header";
import { currentUser } from "@/lib/auth/current-user";

/** Every signed-in area. Each page still checks its own permission: a layout does not guard its pages' actions. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  return (
    <>
      <DemoBanner />
      <PortalHeader user={user} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}
