import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { AttentionRow } from "@/components/reconcile/attention-row";
import { DriftTable } from "@/components/reconcile/drift-table";
import { OverrideForm } from "@/components/reconcile/override-form";
import { RecentOverrides } from "@/components/reconcile/recent-overrides";
import { ReconcileProgress } from "@/components/reconcile/reconcile-progress";
import { RunReconciliationForm } from "@/components/reconcile/run-reconciliation-form";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { formatDateTime } from "@/lib/format/shop-format";
import { countOpenDrift, listDriftReports } from "@/lib/reconcile/queries/list-drift-reports";
import { listLightspeedShops } from "@/lib/reconcile/queries/list-lightspeed-shops";
import { listOpenAttention } from "@/lib/reconcile/queries/list-open-attention";
import { listRecentOverrides } from "@/lib/reconcile/queries/list-recent-overrides";
import { loadLatestReconciliationRun, progressPercent } from "@/lib/reconcile/queries/load-reconciliation-run";
import {
  overrideOnHandAction,
  repairAllDriftAction,
  repairDriftAction,
  resolveAttentionAction,
  startReconciliationAction,
} from "./reconcile-actions";

export const metadata: Metadata = { title: "Reconcile" };

const searchSchema = z.object({ drift: z.enum(["open", "all"]).catch("all") }).catch({ drift: "all" as const });

const attentionLabels: Record<string, string> = {
  payment_without_lines: "Payment without lines",
  unmapped_sku: "Unmapped SKU",
  ambiguous_customer: "Ambiguous customer",
  refund_needs_review: "Refund to review",
  failed_event: "Failed event",
};

export default async function ReconcilePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePagePermission("reconcile:view");
  const { drift } = searchSchema.parse(await searchParams);
  const db = getDb();
  const [run, driftRows, openDrift, attention, overrides, shops] = await Promise.all([
    loadLatestReconciliationRun(db),
    listDriftReports(db, { openOnly: drift === "open", limit: 300 }),
    countOpenDrift(db),
    listOpenAttention(db),
    listRecentOverrides(db, 20),
    listLightspeedShops(db),
  ]);
  const busy = run !== null && (run.status === "queued" || run.status === "running");
  const filterLink = (value: "open" | "all", label: string) => (
    <Link
      href={value === "all" ? "/reconcile" : "/reconcile?drift=open"}
      aria-current={drift === value ? "page" : undefined}
      className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ${drift === value ? "bg-brand-600 text-white" : "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
    >
      {label}
    </Link>
  );

  return (
    <>
      <PageHeader title="Reconcile" description="Compare every system with the ledger, repair drift, override a count, and work the needs-attention queue." />
      <div className="space-y-6">
        <Card
          title="Full reconciliation"
          description="Reads every level in Lightspeed and in every Shopify store, compares each SKU with its sellable figure and repairs the differences with compare-and-set. Runs every night at 03:00 too."
        >
          <div className="space-y-4">
            <RunReconciliationForm action={startReconciliationAction} busy={busy} />
            {run ? (
              <ReconcileProgress
                key={run.id}
                initial={{ id: run.id, status: run.status, totalSkus: run.totalSkus, checkedSkus: run.checkedSkus, driftingSkus: run.driftingSkus, percent: progressPercent(run) }}
                startedAt={formatDateTime(run.startedAt)}
              />
            ) : (
              <p className="text-sm text-stone-600">No reconciliation has run yet.</p>
            )}
          </div>
        </Card>

        <Card
          title="Drift report"
          description={`${openDrift.reports} open report${openDrift.reports === 1 ? "" : "s"} on ${openDrift.skus} SKU${openDrift.skus === 1 ? "" : "s"}. Repairing sets each store back to its sellable figure with compare-and-set.`}
          actions={
            <nav aria-label="Drift filter" className="flex gap-2">
              {filterLink("all", "All")}
              {filterLink("open", "Open only")}
            </nav>
          }
        >
          <DriftTable
            repair={repairDriftAction}
            repairAll={repairAllDriftAction}
            rows={driftRows.map((row) => ({
              id: row.id,
              itemId: row.itemId,
              sku: row.sku,
              name: row.name,
              where: row.system === "shopify" ? (row.storeName ?? "Shopify") : row.system === "lightspeed" ? "Lightspeed" : row.system,
              expected: row.expected,
              actual: row.actual,
              cause: row.cause,
              detected: formatDateTime(row.detectedAt),
              repaired: row.repairedAt ? `${formatDateTime(row.repairedAt)}${row.repairedBy ? ` by ${row.repairedBy}` : ""}` : null,
            }))}
          />
        </Card>

        <div className="grid gap-6 xl:grid-cols-2">
          <Card title="Override on-hand" description="Set a SKU's on-hand to what you counted. A reason is required; the change is audited and kept in the ledger.">
            <OverrideForm action={overrideOnHandAction} shops={shops} />
          </Card>
          <Card title="Recent overrides">
            <RecentOverrides
              rows={overrides.map((row) => ({
                id: row.id,
                sku: row.sku,
                change: `${row.delta > 0 ? "+" : ""}${row.delta} → ${row.resultingLevel ?? "?"}`,
                reason: row.reason ?? "",
                by: row.by ?? "",
                at: formatDateTime(row.at),
                posted: row.postedToLightspeed,
              }))}
            />
          </Card>
        </div>

        <Card title="Needs attention" description="What the portal would not guess: decide, then record what you did.">
          {attention.length === 0 ? (
            <EmptyState title="Nothing needs attention" />
          ) : (
            <ul className="divide-y divide-stone-200" aria-label="Needs attention">
              {attention.map((item) => (
                <AttentionRow
                  key={item.id}
                  resolve={resolveAttentionAction}
                  item={{ id: item.id, kind: attentionLabels[item.kind] ?? item.kind, title: item.title, subject: item.subjectKey, created: formatDateTime(item.createdAt) }}
                />
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
