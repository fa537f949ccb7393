import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Reconcile" };

export default async function ReconcilePage() {
  await requirePagePermission("reconcile:view");
  return <PageHeader title="Reconcile" description="Compare every system with the ledger, repair drift, override a count, and work the needs-attention queue." />;
}
