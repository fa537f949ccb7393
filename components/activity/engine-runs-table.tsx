import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/format/shop-format";
import { inboxEntryHref } from "@/lib/operations/activity-search";
import type { EngineRunRow } from "@/lib/operations/list-engine-runs";
import { durationBetween } from "./format-duration";
import { RunStatusBadge } from "./status-badges";

/** What the engine did: each function run with its event, status, attempts, duration and error. */
export function EngineRunsTable({ rows }: { rows: readonly EngineRunRow[] }) {
  return (
    <DataTable columns={["Started", "Function", "Event", "Status", "Attempts", "Took", "Error"]} label="Engine runs">
      {rows.map((run) => (
        <tr key={run.id} className="align-top" data-testid="engine-run-row">
          <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(run.startedAt)}</td>
          <td className="px-3 py-2 font-mono text-xs">{run.functionId}</td>
          <td className="px-3 py-2 text-xs">
            <span className="font-mono">{run.eventName}</span>
            {run.inboxId === null ? null : (
              <Link href={inboxEntryHref(run.inboxId)} className="block font-medium text-brand-700 hover:underline">
                Inbox entry {run.inboxId}
              </Link>
            )}
          </td>
          <td className="px-3 py-2">
            <RunStatusBadge status={run.status} />
          </td>
          <td className="px-3 py-2 tabular-nums">{run.attempts}</td>
          <td className="px-3 py-2 whitespace-nowrap">{durationBetween(run.startedAt, run.endedAt) ?? "still running"}</td>
          <td className="max-w-80 px-3 py-2 text-xs text-red-800">{run.error ?? ""}</td>
        </tr>
      ))}
    </DataTable>
  );
}
