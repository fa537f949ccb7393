import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { ReorderList } from "@/lib/analytics/load-reorder-list";
import { formatDecimal, formatInteger } from "@/lib/format/shop-format";
import { inventoryHref } from "./dashboard-links";
import { formatCover, itemLabel } from "./dashboard-format";
import { ExpandableTable } from "./expandable-table";
import { Cell, ItemCell } from "./table-cells";

const shownCount = 15;

/**
 * Items at or below their reorder point (velocity over the window × (lead time + safety-stock days)), with
 * Lightspeed's own reorder point beside ours, and the CSV of the whole list.
 */
export function ReorderListCard({ reorder, windowDays, csvHref }: { reorder: ReorderList; windowDays: number; csvHref: string }) {
  const flagged = reorder.lines.filter((line) => line.flagged);
  const lightspeedOnly = reorder.lines.filter((line) => !line.flagged && line.lightspeedFlagged === true && line.unitsOut > 0).length;
  const { defaultLeadTimeDays, safetyStockDays } = reorder.settings;
  return (
    <Card
      title="Reorder list"
      description={`Reorder point = daily velocity over the last ${windowDays} days, all channels × (supplier lead time, or ${defaultLeadTimeDays} days) + ${safetyStockDays} days of safety stock, rounded up. Flagged when available (on hand − pending) is at or below it.`}
      actions={
        <a href={csvHref} download className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100">
          Download CSV
        </a>
      }
    >
      <p className="mb-3 text-sm text-stone-700" data-testid="reorder-summary">
        <strong>{formatInteger(flagged.length)}</strong> {flagged.length === 1 ? "item is" : "items are"} at or below the reorder point.
        {lightspeedOnly > 0 ? ` Lightspeed's own reorder points flag ${formatInteger(lightspeedOnly)} more that our velocity does not.` : ""}
      </p>
      {flagged.length === 0 ? (
        <EmptyState title="Nothing to reorder">Every selling item has more available than its reorder point.</EmptyState>
      ) : (
        <ExpandableTable
          label="Items to reorder"
          columns={["Item", "Available", "Per day", "Lead time", "Reorder point", "Lightspeed's", "Short by", "Cover"]}
          initial={shownCount}
          noun="items"
          rows={flagged.map((line) => (
            <tr key={line.itemId} data-testid={`reorder-row-${line.sku}`}>
              <ItemCell href={inventoryHref(line.sku)} sku={line.sku} label={itemLabel(line)} detail={line.supplier} />
              <Cell numeric>
                {formatInteger(line.available)}
                {line.pending > 0 ? <span className="block text-xs text-stone-500">{formatInteger(line.pending)} pending</span> : null}
              </Cell>
              <Cell numeric>{formatDecimal(line.dailyVelocity)}</Cell>
              <Cell numeric>
                {formatInteger(line.leadTimeDays)} d{line.leadTimeSource === "default" ? <span className="block text-xs text-stone-500">default</span> : null}
              </Cell>
              <Cell numeric className="font-medium">{formatInteger(line.reorderPoint)}</Cell>
              <Cell numeric>
                {line.lightspeedReorderPoint === null ? "—" : formatInteger(line.lightspeedReorderPoint)}
                {line.lightspeedFlagged === false ? <span className="block text-xs text-amber-700">not flagged there</span> : null}
              </Cell>
              <Cell numeric>{formatInteger(line.shortBy)}</Cell>
              <Cell numeric>{formatCover(line.daysOfCover)}</Cell>
            </tr>
          ))}
        />
      )}
    </Card>
  );
}
