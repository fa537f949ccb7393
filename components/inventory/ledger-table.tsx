import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime, formatInteger } from "@/lib/format/shop-format";
import { inboxEntryHref } from "@/lib/operations/activity-search";
import type { LedgerRow } from "@/lib/stock/queries/list-sku-ledger";
import { Badge } from "@/components/ui/badge";
import { customerHref, formatDelta, movementKindLabels, systemLabels } from "./stock-labels";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline";

/**
 * "Why is it 3?": every movement of the SKU across channels, newest first, with the Lightspeed level it left and
 * whether it has reached Lightspeed. Inbox links are shown only to those who may open the Activity screen.
 */
export function LedgerTable({ rows, showInboxLinks }: { rows: readonly LedgerRow[]; showInboxLinks: boolean }) {
  return (
    <DataTable columns={["Time", "Source", "Kind", "Change", "Level after", "Lightspeed", "Source event"]} label="Movement ledger">
      {rows.map((row) => (
        <tr key={row.id} data-testid="ledger-row" className="align-top">
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={row.at.toISOString()}>{formatDateTime(row.at)}</time>
          </td>
          <td className="px-3 py-2">{systemLabels[row.sourceSystem]}</td>
          <td className="px-3 py-2 whitespace-nowrap">{movementKindLabels[row.kind]}</td>
          <td className={`px-3 py-2 font-semibold tabular-nums ${row.delta < 0 ? "text-red-700" : row.delta > 0 ? "text-brand-700" : ""}`}>{formatDelta(row.delta)}</td>
          <td className="px-3 py-2 tabular-nums">{row.resultingLevel === null ? <span className="text-stone-500">—</span> : formatInteger(row.resultingLevel)}</td>
          <td className="px-3 py-2">
            {row.postedToLightspeed ? <Badge tone="green">Posted</Badge> : <Badge tone="amber">Pending</Badge>}
          </td>
          <td className="px-3 py-2">
            <span className="block">{row.source}</span>
            <span className="mt-0.5 flex flex-wrap gap-x-3 text-xs">
              {row.customerId === null ? null : (
                <Link href={customerHref(row.customerId)} className={linkClass}>
                  Customer’s orders
                </Link>
              )}
              {showInboxLinks
                ? row.inboxEntries.map((entry) => (
                    <Link key={entry.id} href={inboxEntryHref(entry.id)} className={linkClass}>
                      Webhook {entry.topic} ({entry.status})
                    </Link>
                  ))
                : null}
            </span>
            {row.note ? <span className="mt-0.5 block text-xs text-stone-600">{row.note}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
