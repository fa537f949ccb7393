import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requirePagePermission("dashboard:view");
  return <PageHeader title="Dashboard" description="Stock against sales, channel mix, slow movers, top customers and the reorder list, across every channel." />;
}
