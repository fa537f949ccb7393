import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePagePermission("settings:view");
  return (
    <>
      <PageHeader title="Settings" description="Connections, Shopify stores and their Lightspeed shop, safety buffers, lead times and staff accounts." />
      <ul className="grid gap-3 sm:grid-cols-2">
        <li>
          <Link href="/settings/staff" className="block rounded-lg border border-stone-200 bg-white p-4 hover:border-brand-600">
            <span className="font-medium">Staff accounts</span>
            <span className="mt-1 block text-sm text-stone-600">Add staff, reset passwords, deactivate accounts.</span>
          </Link>
        </li>
      </ul>
    </>
  );
}
