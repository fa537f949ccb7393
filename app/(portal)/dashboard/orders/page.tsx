import type { Metadata } from "next";
import Link from "next/link";
import { customerHref, inventoryHref } from "@/components/dashboard/dashboard-links";
import { formatCalendarDate, orderReference } from "@/components/dashboard/dashboard-format";
import { Cell, CellLink } from "@/components/dashboard/table-cells";
import { PageHeader } from "@/components/shell/page-header";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat } from "@/components/ui/stat";
import { dashboardQuery, defaultWindowDays, type RawSearchParams } from "@/lib/analytics/dashboard-filters";
import { listSalesChannels } from "@/lib/analytics/list-sales-channels";
import { orderListHref, orderListPageSize, parseOrderListFilters } from "@/lib/analytics/order-list-filters";
import { readOrderList } from "@/lib/analytics/read-order-list";
import { channelLabel } from "@/lib/analytics/sales-channel";
import { localDateOf } from "@/lib/analytics/shop-calendar";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime, formatInteger, formatMoney, formatWholeMoney } from "@/lib/format/shop-format";

export const metadata: Metadata = { title: "Orders behind the dashboard" };

const statusLabels: Record<string, string> = {
  pending: "Pending",
  posted: "Posted",
  partially_refunded: "Part refunded",
  refunded: "Refunded",
  needs_attention: "Needs attention",
};

/** The orders behind a dashboard figure: the same range, channels and SKU, with the same totals. */
export default async function DashboardOrdersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePagePermission("dashboard:view");
  const db = getDb();
  const channels = await listSalesChannels(db);
  const today = localDateOf(new Date(), env.SHOP_TIME_ZONE);
  const filters = parseOrderListFilters(await searchParams, { today, channelKeys: channels.map((channel) => channel.key) });
  const { rows, totals } = await readOrderList(db, {
    range: filters.range,
    timeZone: env.SHOP_TIME_ZONE,
    channels: filters.channels,
    sku: filters.sku,
    limit: orderListPageSize,
    offset: (filters.page - 1) * orderListPageSize,
  });
  const pages = Math.max(1, Math.ceil(totals.orders / orderListPageSize));
  const channelText = filters.channels === null ? "every channel" : filters.channels.map((key) => channelLabel(channels, key)).join(", ");
  const backHref = `/dashboard${dashboardQuery({ range: filters.range, channels: filters.channels, windowDays: defaultWindowDays, category: null })}`;
  const pageHref = (page: number): string => orderListHref({ ...filters, page });
  return (
    <>
      <PageHeader
        title="Orders behind the figures"
        description={`Orders placed ${formatCalendarDate(filters.range.from)} – ${formatCalendarDate(filters.range.to)} on ${channelText}${filters.sku ? `, with ${filters.sku}` : ""}. Net = taken − refunded; units net of returns to stock.`}
      >
        <Link href={backHref} className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100">
          Back to the dashboard
        </Link>
      </PageHeader>
      <section aria-label="Totals" className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4" data-testid="order-list-totals">
        <Stat label="Orders" value={formatInteger(totals.orders)} />
        <Stat label={filters.sku ? "Net sales of these orders" : "Net sales"} value={formatWholeMoney(totals.netCents)} hint={`${formatMoney(totals.grossCents)} taken`} />
        <Stat label={filters.sku ? `Net units of ${filters.sku}` : "Net units"} value={formatInteger(totals.netUnits)} hint={`${formatInteger(totals.unitsSold)} sold, ${formatInteger(totals.unitsReturned)} back in stock`} />
        <Stat label="Refunded" value={formatWholeMoney(totals.refundedCents)} />
      </section>
      {filters.sku ? (
        <p className="mb-3 text-sm">
          <CellLink href={inventoryHref(filters.sku)}>{`See ${filters.sku} in the inventory`}</CellLink>
        </p>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={totals.orders === 0 ? "No orders match" : "No orders on this page"}>
          {totals.orders === 0 ? "Try a wider range or more channels on the dashboard." : <CellLink href={pageHref(1)}>Go to the first page</CellLink>}
        </EmptyState>
      ) : (
        <DataTable label="Orders" columns={["Placed", "Channel", "Order", "Customer", "Status", filters.sku ? "Units of the SKU" : "Units", "Taken", "Refunded", "Net"]}>
          {rows.map((row) => (
            <tr key={row.orderId}>
              <Cell className="whitespace-nowrap">{formatDateTime(row.placedAt)}</Cell>
              <Cell>{channelLabel(channels, row.channelKey)}</Cell>
              <Cell className="whitespace-nowrap text-stone-700">
                <span title={row.sourceKey}>{orderReference(row.sourceKey)}</span>
              </Cell>
              <Cell>{row.customerId === null ? <span className="text-stone-500">—</span> : <CellLink href={customerHref(row.customerId)}>{row.customerName ?? `Customer ${row.customerId}`}</CellLink>}</Cell>
              <Cell>{statusLabels[row.status] ?? row.status}</Cell>
              <Cell numeric>
                {formatInteger(row.unitsSold - row.unitsReturned)}
                {row.unitsReturned > 0 ? <span className="block text-xs text-stone-500">{formatInteger(row.unitsReturned)} returned</span> : null}
              </Cell>
              <Cell numeric>{formatMoney(row.totalCents)}</Cell>
              <Cell numeric>{row.refundedCents > 0 ? formatMoney(row.refundedCents) : "—"}</Cell>
              <Cell numeric className="font-medium">{formatMoney(row.totalCents - row.refundedCents)}</Cell>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label="Pages" className="mt-4 flex items-center justify-between gap-3 text-sm">
        {filters.page > 1 ? <CellLink href={pageHref(filters.page - 1)}>Newer orders</CellLink> : <span />}
        <span className="text-stone-600">
          Page {formatInteger(Math.min(filters.page, pages))} of {formatInteger(pages)}
        </span>
        {filters.page < pages ? <CellLink href={pageHref(filters.page + 1)}>Older orders</CellLink> : <span />}
      </nav>
    </>
  );
}
