import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage() {
  await requirePagePermission("activity:view");
  return <PageHeader title="Activity" description="Inbound webhooks, engine runs and the audit log; replay what failed." />;
}
