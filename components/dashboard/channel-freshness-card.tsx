import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ChannelFreshness, FreshnessStatus } from "@/lib/analytics/read-channel-freshness";
import { formatDateTime, formatRelativeTime } from "@/lib/format/shop-format";
import { activityHref } from "./dashboard-links";

const statusStyle: Record<FreshnessStatus, { label: string; className: string }> = {
  fresh: { label: "Up to date", className: "bg-brand-50 text-brand-900" },
  stale: { label: "Overdue", className: "bg-amber-100 text-amber-900" },
  failing: { label: "Failing", className: "bg-red-100 text-red-800" },
  never: { label: "Never synced", className: "bg-stone-100 text-stone-700" },
};

/** Each connection's time since its last successful sync: how far the figures above can be trusted. */
export function ChannelFreshnessCard({ freshness, now }: { freshness: readonly ChannelFreshness[]; now: Date }) {
  return (
    <Card title="Freshness" description="Time since each system's last successful sync. Stripe only syncs when someone pays.">
      {freshness.length === 0 ? (
        <p className="text-sm text-stone-600">No system is connected yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {freshness.map((row) => (
            <li key={`${row.system}-${row.account}`} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid={`freshness-${row.system}`}>
              <span>
                <span className="block font-medium">{row.label}</span>
                <span className="block text-xs text-stone-500">{row.account}</span>
              </span>
              <span className="text-right">
                <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${statusStyle[row.status].className}`}>{statusStyle[row.status].label}</span>
                <span className="block text-sm tabular-nums" title={row.lastSuccessAt ? formatDateTime(row.lastSuccessAt) : undefined}>
                  {row.lastSuccessAt ? formatRelativeTime(row.lastSuccessAt, now) : "never"}
                </span>
                {row.status === "failing" && row.lastError ? <span className="block max-w-64 truncate text-xs text-red-700">{row.lastError}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link href={activityHref} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2">
        See the activity log
      </Link>
    </Card>
  );
}
