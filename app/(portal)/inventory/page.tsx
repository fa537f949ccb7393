import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Inventory" };

export default async function InventoryPage() {
  await requirePagePermission("inventory:view");
  return <PageHeader title="Inventory" description="Every SKU with its Lightspeed on-hand, pending units and each Shopify store's sellable figure." />;
}
