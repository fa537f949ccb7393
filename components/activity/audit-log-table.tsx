import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/format/shop-format";
import type { AuditRow } from "@/lib/operations/list-audit-log";

function Snapshot({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-stone-400">—</span>;
  return <code className="block max-w-80 text-xs break-all whitespace-pre-wrap">{JSON.stringify(value)}</code>;
}

/** Who did what, to what, with the before and after and why. */
export function AuditLogTable({ rows }: { rows: readonly AuditRow[] }) {
  return (
    <DataTable columns={["When", "Who", "What", "Before", "After", "Why"]} label="Audit log">
      {rows.map((row) => (
        <tr key={row.id} className="align-top" data-testid="audit-row">
          <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(row.at)}</td>
          <td className="px-3 py-2">{row.actorName ?? <span className="text-stone-500">System</span>}</td>
          <td className="px-3 py-2">
            <span className="font-mono text-xs">{row.action}</span>
            <span className="block text-xs text-stone-600">
              {row.subjectType} {row.subjectId}
            </span>
          </td>
          <td className="px-3 py-2">
            <Snapshot value={row.before} />
          </td>
          <td className="px-3 py-2">
            <Snapshot value={row.after} />
          </td>
          <td className="px-3 py-2 text-stone-700">{row.reason ?? ""}</td>
        </tr>
      ))}
    </DataTable>
  );
}
