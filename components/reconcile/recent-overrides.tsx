import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";

export type OverrideView = { id: number; sku: string; change: string; reason: string; by: string; at: string; posted: boolean };

/** The ledger's override rows with their audited reasons, and whether Lightspeed has reconciled each count yet. */
export function RecentOverrides({ rows }: { rows: readonly OverrideView[] }) {
  if (rows.length === 0) return <EmptyState title="No overrides yet" />;
  return (
    <DataTable columns={["SKU", "Change", "Reason", "By", "When", "Lightspeed"]} label="Recent overrides">
      {rows.map((row) => (
        <tr key={row.id} data-testid={`override-${row.id}`}>
          <td className="px-3 py-2 font-medium">{row.sku}</td>
          <td className="px-3 py-2 tabular-nums">{row.change}</td>
          <td className="px-3 py-2">{row.reason}</td>
          <td className="px-3 py-2">{row.by}</td>
          <td className="px-3 py-2 whitespace-nowrap">{row.at}</td>
          <td className="px-3 py-2">{row.posted ? <Badge tone="green">Posted</Badge> : <Badge tone="amber">Pending</Badge>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
