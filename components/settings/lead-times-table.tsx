import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { LeadTimeRow } from "@/lib/settings/list-settings-data";

/** Items with a supplier lead time of their own (every other item uses the shop's default). */
export function LeadTimesTable({ rows }: { rows: readonly LeadTimeRow[] }) {
  if (rows.length === 0) return <EmptyState title="Every item uses the shop's default lead time" />;
  return (
    <DataTable columns={["SKU", "Item", "Supplier", "Lead time"]} label="Lead times">
      {rows.map((row) => (
        <tr key={row.id}>
          <td className="px-3 py-2">
            <Link href={`/inventory/${encodeURIComponent(row.sku)}`} className="font-mono text-brand-700 hover:underline">
              {row.sku}
            </Link>
          </td>
          <td className="px-3 py-2">
            {row.name}
            {row.variantName ? ` · ${row.variantName}` : ""}
          </td>
          <td className="px-3 py-2 text-stone-600">{row.supplier ?? "—"}</td>
          <td className="px-3 py-2 tabular-nums">{row.leadTimeDays} days</td>
        </tr>
      ))}
    </DataTable>
  );
}
