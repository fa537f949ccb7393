import Link from "next/link";
import { StockVsSalesChart } from "@/components/charts/stock-vs-sales-chart";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { computeDaysOfCover } from "@/lib/analytics/compute-days-of-cover";
import { dashboardQuery, type DashboardFilters } from "@/lib/analytics/dashboard-filters";
import { orderListHref } from "@/lib/analytics/order-list-filters";
import type { StockVsSalesRow } from "@/lib/analytics/read-stock-vs-sales";
import { dayCount } from "@/lib/analytics/shop-calendar";
import type { CategoryStockVsSales } from "@/lib/analytics/summarise-by-category";
import { formatInteger, shopFormatOptions } from "@/lib/format/shop-format";
import { inventoryHref } from "./dashboard-links";
import { formatCover, itemLabel } from "./dashboard-format";
import { Cell, CellLink, ItemCell } from "./table-cells";

const topSkuCount = 15;

/** Stock on hand against units sold in the range, per category (chart and table) and per SKU (drill-down). */
export function StockVsSalesCard({ items, categories, filters }: { items: readonly StockVsSalesRow[]; categories: readonly CategoryStockVsSales[]; filters: DashboardFilters }) {
  const days = dayCount(filters.range.from, filters.range.to);
  const categoryHref = (category: string | null): string => `/dashboard${dashboardQuery(filters, { category })}#stock-vs-sales`;
  const skus = items
    .filter((item) => filters.category === null || item.category === filters.category)
    .toSorted((a, b) => b.unitsSold - a.unitsSold || b.onHand - a.onHand || a.sku.localeCompare(b.sku))
    .slice(0, filters.category === null ? topSkuCount : undefined);
  if (items.length === 0) {
    return (
      <Card title="Stock vs sales">
        <EmptyState title="No items yet">Items appear here once the Lightspeed catalogue has been read.</EmptyState>
      </Card>
    );
  }
  return (
    <Card title="Stock vs sales" description={`On hand now against units sold in the range (net of returns to stock) on the chosen channels. Cover = available ÷ the range's daily rate.`}>
      <div id="stock-vs-sales" className="grid gap-4 lg:grid-cols-2">
        <StockVsSalesChart bars={categories.map((category) => ({ category: category.category, onHand: category.onHand, unitsSold: category.unitsSold, href: categoryHref(category.category) }))} format={shopFormatOptions} />
        <DataTable label="Stock vs sales per category" columns={["Category", "SKUs", "On hand", "Pending", "Sold", "Cover"]}>
          {categories.map((category) => (
            <tr key={category.category} aria-current={category.category === filters.category ? "true" : undefined} className={category.category === filters.category ? "bg-brand-50" : ""}>
              <Cell>
                <CellLink href={categoryHref(category.category)}>{category.category}</CellLink>
              </Cell>
              <Cell numeric>{formatInteger(category.skus)}</Cell>
              <Cell numeric>{formatInteger(category.onHand)}</Cell>
              <Cell numeric>{formatInteger(category.pending)}</Cell>
              <Cell numeric>{formatInteger(category.unitsSold)}</Cell>
              <Cell numeric>{formatCover(computeDaysOfCover(category.onHand - category.pending, category.unitsSold, days))}</Cell>
            </tr>
          ))}
        </DataTable>
      </div>
      <div className="mt-4">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h3 className="font-medium">{filters.category === null ? `Top ${topSkuCount} SKUs by units sold` : `Every SKU in ${filters.category}`}</h3>
          {filters.category === null ? (
            <span className="text-sm text-stone-600">Pick a category to see all of its SKUs.</span>
          ) : (
            <Link href={categoryHref(null)} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2">
              Back to the top SKUs
            </Link>
          )}
        </div>
        <DataTable label="Stock vs sales per SKU" columns={["Item", "On hand", "Pending", "Sold", "Cover"]}>
          {skus.map((item) => (
            <tr key={item.itemId} data-testid={`sku-row-${item.sku}`}>
              <ItemCell href={inventoryHref(item.sku)} sku={item.sku} label={itemLabel(item)} detail={filters.category === null ? item.category : null} />
              <Cell numeric>{formatInteger(item.onHand)}</Cell>
              <Cell numeric>{formatInteger(item.pending)}</Cell>
              <Cell numeric>
                {item.unitsSold === 0 ? "0" : <CellLink href={orderListHref({ range: filters.range, channels: filters.channels, sku: item.sku })} label={`Orders with ${item.sku}`}>{formatInteger(item.unitsSold)}</CellLink>}
              </Cell>
              <Cell numeric>{formatCover(computeDaysOfCover(item.onHand - item.pending, item.unitsSold, days))}</Cell>
            </tr>
          ))}
        </DataTable>
      </div>
    </Card>
  );
}
