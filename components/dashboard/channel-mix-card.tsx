import { ChannelMixChart, type ChannelMixPoint, type ChannelMixSeries } from "@/components/charts/channel-mix-chart";
import { channelColor } from "@/components/charts/chart-colors";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import type { DashboardFilters } from "@/lib/analytics/dashboard-filters";
import { orderListHref } from "@/lib/analytics/order-list-filters";
import type { BucketUnit } from "@/lib/analytics/sales-buckets";
import { channelLabel, type SalesChannel } from "@/lib/analytics/sales-channel";
import type { ChannelSalesSummary } from "@/lib/analytics/summarise-channel-sales";
import { formatInteger, formatMoney, formatPercent, shopFormatOptions } from "@/lib/format/shop-format";
import { Cell, CellLink } from "./table-cells";

/** Channel mix over time (chart) and each channel's totals over the range (table, each row to its orders). */
export function ChannelMixCard({ sales, channels, filters, unit }: { sales: ChannelSalesSummary; channels: readonly SalesChannel[]; filters: DashboardFilters; unit: BucketUnit }) {
  const storeIndex = (key: string): number => channels.filter((channel) => channel.kind === "shopify").findIndex((channel) => channel.key === key);
  const series: ChannelMixSeries[] = sales.byChannel.map(({ channelKey }) => {
    const channel = channels.find((candidate) => candidate.key === channelKey);
    return { key: channelKey, label: channelLabel(channels, channelKey), color: channelColor(channel?.kind ?? "shopify", Math.max(0, storeIndex(channelKey))) };
  });
  const points: ChannelMixPoint[] = sales.series.map((point) => ({
    key: point.key,
    from: point.from,
    to: point.to,
    href: orderListHref({ range: { from: point.from, to: point.to }, channels: filters.channels, sku: null }),
    netCents: Object.fromEntries(Object.entries(point.byChannel).map(([key, cell]) => [key, cell.netCents])),
    netUnits: Object.fromEntries(Object.entries(point.byChannel).map(([key, cell]) => [key, cell.netUnits])),
  }));
  return (
    <Card title="Channel mix" description="Orders placed in the range, per channel: net of refunds (money) and of returns to stock (units).">
      {sales.total.orders === 0 ? (
        <EmptyState title="No orders in this range">Widen the dates or tick more channels.</EmptyState>
      ) : (
        <ChannelMixChart key={`${filters.range.from}:${filters.range.to}:${series.map((entry) => entry.key).join(",")}`} series={series} points={points} unit={unit} format={shopFormatOptions} />
      )}
      <div className="mt-4">
        <DataTable label="Sales per channel" columns={["Channel", "Orders", "Taken", "Refunded", "Net sales", "Share", "Net units"]}>
          {sales.byChannel.map((channel) => (
            <tr key={channel.channelKey} data-testid={`channel-row-${channel.channelKey}`}>
              <Cell>
                <CellLink href={orderListHref({ range: filters.range, channels: [channel.channelKey], sku: null })}>{channelLabel(channels, channel.channelKey)}</CellLink>
              </Cell>
              <Cell numeric>{formatInteger(channel.orders)}</Cell>
              <Cell numeric>{formatMoney(channel.grossCents)}</Cell>
              <Cell numeric>{formatMoney(channel.refundedCents)}</Cell>
              <Cell numeric className="font-medium">{formatMoney(channel.netCents)}</Cell>
              <Cell numeric>{sales.total.netCents > 0 ? formatPercent(channel.netCents / sales.total.netCents) : "—"}</Cell>
              <Cell numeric>{formatInteger(channel.netUnits)}</Cell>
            </tr>
          ))}
          <tr className="bg-stone-50 font-medium">
            <Cell>
              <CellLink href={orderListHref({ range: filters.range, channels: filters.channels, sku: null })}>All shown</CellLink>
            </Cell>
            <Cell numeric>{formatInteger(sales.total.orders)}</Cell>
            <Cell numeric>{formatMoney(sales.total.grossCents)}</Cell>
            <Cell numeric>{formatMoney(sales.total.refundedCents)}</Cell>
            <Cell numeric>{formatMoney(sales.total.netCents)}</Cell>
            <Cell numeric>{sales.total.netCents > 0 ? formatPercent(1) : "—"}</Cell>
            <Cell numeric>{formatInteger(sales.total.netUnits)}</Cell>
          </tr>
        </DataTable>
      </div>
    </Card>
  );
}
