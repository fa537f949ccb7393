import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage() {
  await requirePagePermission("customers:view");
  return <PageHeader title="Customers" description="Find a customer by name, email or phone, and see everything they bought in any channel." />;
}
