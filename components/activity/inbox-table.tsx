import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/format/shop-format";
import { activityHref, type ActivitySearch } from "@/lib/operations/activity-search";
import type { InboxListRow } from "@/lib/operations/list-inbox";
import { durationBetween } from "./format-duration";
import { providerLabels } from "./inbox-filter-form";
import { InboxStatusBadge } from "./status-badges";

/** The webhook inbox: what came in, where it is, how often it was tried and what went wrong. */
export function InboxTable({ rows, search }: { rows: readonly InboxListRow[]; search: ActivitySearch }) {
  return (
    <DataTable columns={["Received", "Provider", "Topic", "Status", "Attempts", "Timing", "Last error", ""]} label="Webhook inbox">
      {rows.map((row) => {
        const sent = row.sentAt ? durationBetween(row.receivedAt, row.sentAt) : null;
        const finished = row.sentAt && row.finishedAt ? durationBetween(row.sentAt, row.finishedAt) : null;
        const selected = search.event === row.id;
        return (
          <tr key={row.id} data-testid={`inbox-row-${row.id}`} className={`align-top ${selected ? "bg-brand-50" : ""}`}>
            <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.receivedAt)}</td>
            <td className="px-3 py-2">{providerLabels[row.provider]}</td>
            <td className="px-3 py-2">
              <span className="font-mono">{row.topic}</span>
              {row.shopDomain ? <span className="block text-xs text-stone-500">{row.shopDomain}</span> : null}
            </td>
            <td className="px-3 py-2">
              <InboxStatusBadge status={row.status} statusReason={row.statusReason} />
              {row.statusReason ? <span className="mt-0.5 block max-w-64 text-xs text-stone-600">{row.statusReason}</span> : null}
            </td>
            <td className="px-3 py-2 tabular-nums">{row.attempts}</td>
            <td className="px-3 py-2 text-xs whitespace-nowrap text-stone-600">
              {sent ? <span className="block">sent after {sent}</span> : <span className="block">not sent yet</span>}
              {finished ? <span className="block">finished in {finished}</span> : null}
            </td>
            <td className="max-w-72 px-3 py-2 text-xs text-red-800">{row.lastError ?? ""}</td>
            <td className="px-3 py-2">
              <Link
                href={activityHref({ ...search, event: row.id })}
                aria-label={`Details of ${row.topic} received ${formatDateTime(row.receivedAt)}`}
                className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline"
              >
                Details
              </Link>
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
