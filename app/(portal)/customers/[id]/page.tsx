import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CustomerIdentities } from "@/components/customers/customer-identities";
import { CustomerMerges } from "@/components/customers/customer-merges";
import { CustomerTimeline } from "@/components/customers/customer-timeline";
import { TopItems } from "@/components/customers/top-items";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { Stat } from "@/components/ui/stat";
import { requirePagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { explainIdentityMatch } from "@/lib/customers/explain-identity-match";
import { explainMerge } from "@/lib/customers/explain-merge";
import { formatPhone } from "@/lib/customers/format-phone";
import { loadCustomer360 } from "@/lib/customers/load-customer-360";
import { recordIdSchema } from "@/lib/db/record-id";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDate, formatInteger, formatMoney } from "@/lib/format/shop-format";
import { MergeCustomerForm } from "./merge-customer-form";
import { UndoMergeForm } from "./undo-merge-form";

export const metadata: Metadata = { title: "Customer" };

/** Customer-360: who they are in every system, why those were matched, and everything they bought anywhere. */
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("customers:view");
  const id = recordIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const view = await loadCustomer360(getDb(), id.data);
  if (view.kind === "missing") notFound();
  if (view.kind === "merged") redirect(`/customers/${view.survivorId}`);

  const { customer, summary, merges, timeline } = view;
  const canMerge = can(user.role, "customers:merge");
  const identities = view.identities.map((identity) => {
    const merge = merges.find((candidate) => candidate.id === identity.mergeId);
    return {
      ...identity,
      phoneDisplay: identity.phone === null ? null : formatPhone(identity.phone, env.SHOP_COUNTRY),
      reasons: merge ? [`came with ${merge.mergedName}`, ...explainMerge(merge)] : explainIdentityMatch(identity, customer),
    };
  });
  const contact = [customer.email, customer.phone === null ? null : formatPhone(customer.phone, env.SHOP_COUNTRY)].filter((value) => value !== null);
  const channelCount = new Set(timeline.map((entry) => `${entry.channel.channel}:${entry.channel.storeName ?? ""}`)).size;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/customers" className="inline-flex min-h-11 items-center text-brand-700 underline-offset-2 hover:underline">
          ← Customers
        </Link>
      </p>
      <PageHeader title={customer.displayName} description={contact.length > 0 ? contact.join(" · ") : "No email or phone on record"} />

      <div className="mb-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat
          label="Lifetime value"
          value={formatMoney(summary.lifetimeValueCents)}
          hint={summary.refundedCents > 0 ? `${formatMoney(summary.orderedCents)} bought, ${formatMoney(summary.refundedCents)} refunded` : "net of refunds"}
        />
        <Stat
          label="Orders"
          value={formatInteger(summary.orderCount)}
          hint={`${channelCount} channel${channelCount === 1 ? "" : "s"}${summary.refundCount > 0 ? ` · ${summary.refundCount} refund${summary.refundCount === 1 ? "" : "s"}` : ""}`}
        />
        <Stat label="First visit" value={summary.firstVisitAt ? formatDate(summary.firstVisitAt) : "—"} />
        <Stat label="Last visit" value={summary.lastVisitAt ? formatDate(summary.lastVisitAt) : "—"} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:order-last">
          <Card title="What they buy most">
            <TopItems items={summary.topItems} />
          </Card>
          <Card title="Identities" description="How each system knows them, and why it was matched.">
            <CustomerIdentities identities={identities} />
          </Card>
          <Card title="Merges" description="Records taken for this one person.">
            <CustomerMerges
              customerId={customer.id}
              merges={merges}
              undoControl={
                canMerge ? (merge) => <UndoMergeForm key={merge.id} mergeId={merge.id} mergedName={merge.mergedName} undone={merge.undoneAt !== null} /> : undefined
              }
            />
          </Card>
          {canMerge ? (
            <Card title="Merge another customer into this one" description="For one person known twice. It is recorded and can be undone.">
              <MergeCustomerForm survivorId={customer.id} survivorName={customer.displayName} />
            </Card>
          ) : null}
        </div>
        <div className="lg:col-span-2">
          <Card title="Orders and refunds" description="Every channel, newest first.">
            <CustomerTimeline entries={timeline} />
          </Card>
        </div>
      </div>
    </>
  );
}
