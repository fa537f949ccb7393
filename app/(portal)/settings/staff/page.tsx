import type { Metadata } from "next";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { listUsers } from "@/lib/users/list-users";
import { NewStaffForm } from "./new-staff-form";
import { StaffRowActions } from "./staff-row-actions";

export const metadata: Metadata = { title: "Staff accounts" };

export default async function StaffPage() {
  const owner = await requirePagePermission("staff:manage");
  const accounts = await listUsers(getDb());
  const formatTime = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeStyle: "short", timeZone: env.SHOP_TIME_ZONE });
  return (
    <>
      <PageHeader title="Staff accounts" description="Who can sign in to the portal. Staff search customers and look up stock; only owners change settings, stock and money." />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-stone-600">
            <tr>
              <th className="px-4 py-3 font-medium">Name</th>
              <th className="px-4 py-3 font-medium">Email</th>
              <th className="px-4 py-3 font-medium">Role</th>
              <th className="px-4 py-3 font-medium">Status</th>
              <th className="px-4 py-3 font-medium">Last sign-in</th>
              <th className="px-4 py-3 font-medium">Actions</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id} className="border-t border-stone-200 align-top" data-testid={`account-${account.email}`}>
                <td className="px-4 py-3 font-medium">{account.name}</td>
                <td className="px-4 py-3">{account.email}</td>
                <td className="px-4 py-3 capitalize">{account.role}</td>
                <td className="px-4 py-3">{account.active ? "Active" : "Deactivated"}</td>
                <td className="px-4 py-3 text-stone-600">{account.lastSignInAt ? formatTime.format(account.lastSignInAt) : "Never"}</td>
                <td className="px-4 py-3">
                  <StaffRowActions userId={account.id} active={account.active} isSelf={account.id === owner.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-6 max-w-3xl">
        <NewStaffForm />
      </div>
    </>
  );
}
