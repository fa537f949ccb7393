import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

/** The front door: the owner lands on the dashboard, staff on customer search. */
export default async function Home() {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  redirect(can(user.role, "dashboard:view") ? "/dashboard" : "/customers");
}
