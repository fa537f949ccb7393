import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { slowMoverCoverDays } from "@/lib/analytics/find-slow-movers";
import type { SlowMoverLine } from "@/lib/analytics/load-slow-movers";
import { formatDate, formatInteger, formatWholeMoney } from "@/lib/format/shop-format";
import { inventoryHref } from "./dashboard-links";
import { formatCover, itemLabel } from "./dashboard-format";
import { ExpandableTable } from "./expandable-table";
import { Cell, ItemCell } from "./table-cells";

const shownCount = 10;

/** Stock with little or no sale over the window, most money tied up first. */
export function SlowMoversCard({ slowMovers, windowDays }: { slowMovers: readonly SlowMoverLine[]; windowDays: number }) {
  const tiedUp = slowMovers.reduce((sum, line) => sum + line.stockValueCents, 0);
  return (
    <Card title="Slow movers" description={`In stock, and no sale in the last ${windowDays} days or more than ${slowMoverCoverDays} days of cover at that rate. Value at cost.`}>
      {slowMovers.length === 0 ? (
        <EmptyState title="No slow movers">Everything in stock sold within the window.</EmptyState>
      ) : (
        <>
          <p className="mb-3 text-sm text-stone-700" data-testid="slow-movers-summary">
            <strong>{formatInteger(slowMovers.length)}</strong> SKUs hold <strong>{formatWholeMoney(tiedUp)}</strong> at cost.
          </p>
          <ExpandableTable
            label="Slow movers"
            columns={["Item", "Available", `Sold (${windowDays} d)`, "Last sold", "Cover", "At cost"]}
            initial={shownCount}
            noun="slow movers"
            rows={slowMovers.map((line) => (
              <tr key={line.itemId} data-testid={`slow-row-${line.sku}`}>
                <ItemCell href={inventoryHref(line.sku)} sku={line.sku} label={itemLabel(line)} detail={line.category} />
                <Cell numeric>{formatInteger(line.available)}</Cell>
                <Cell numeric>{formatInteger(line.unitsOut)}</Cell>
                <Cell numeric>{line.lastSoldAt === null ? "Never" : formatDate(line.lastSoldAt)}</Cell>
                <Cell numeric>{formatCover(line.daysOfCover)}</Cell>
                <Cell numeric>{formatWholeMoney(line.stockValueCents)}</Cell>
              </tr>
            ))}
          />
        </>
      )}
    </Card>
  );
}
