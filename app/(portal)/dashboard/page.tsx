import type { Metadata } from "next";
import { ChannelFreshnessCard } from "@/components/dashboard/channel-freshness-card";
import { ChannelMixCard } from "@/components/dashboard/channel-mix-card";
import { DashboardFilterForm } from "@/components/dashboard/dashboard-filter-form";
import { formatCalendarDate } from "@/components/dashboard/dashboard-format";
import { ReorderListCard } from "@/components/dashboard/reorder-list-card";
import { SalesHeadline } from "@/components/dashboard/sales-headline";
import { SlowMoversCard } from "@/components/dashboard/slow-movers-card";
import { StockVarianceCard } from "@/components/dashboard/stock-variance-card";
import { StockVsSalesCard } from "@/components/dashboard/stock-vs-sales-card";
import { TopCustomersCard } from "@/components/dashboard/top-customers-card";
import { PageHeader } from "@/components/shell/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { dashboardQuery, type RawSearchParams } from "@/lib/analytics/dashboard-filters";
import { loadDashboard } from "@/lib/analytics/load-dashboard";
import { orderListHref } from "@/lib/analytics/order-list-filters";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Dashboard" };

const description = "Stock against sales, channel mix, slow movers, top customers and the reorder list, across every channel.";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requirePagePermission("dashboard:view");
  const data = await loadDashboard(getDb(), { searchParams: await searchParams, now: new Date(), timeZone: env.SHOP_TIME_ZONE });
  const { filters } = data;
  if (data.stockVsSales.items.length === 0 && data.sales.total.orders === 0) {
    return (
      <>
        <PageHeader title="Dashboard" description={description} />
        <EmptyState title="No shop data yet">Figures appear once Lightspeed&apos;s catalogue and the first sales have been read.</EmptyState>
      </>
    );
  }
  const ordersHref = orderListHref({ range: filters.range, channels: filters.channels, sku: null });
  const csvHref = `/dashboard/reorder.csv?window=${filters.windowDays}`;
  return (
    <>
      <PageHeader title="Dashboard" description={description}>
        <p className="text-sm text-stone-600" data-testid="dashboard-range">
          {formatCalendarDate(filters.range.from)} – {formatCalendarDate(filters.range.to)}
        </p>
      </PageHeader>
      <div className="space-y-6">
        {/* Keyed by the filters: after a soft navigation (a preset) the form's uncontrolled fields must show the new values. */}
        <DashboardFilterForm key={dashboardQuery(filters)} filters={filters} channels={data.channels} today={data.today} />
        <SalesHeadline total={data.sales.total} ordersHref={ordersHref} />
        <div className="grid gap-6 lg:grid-cols-2">
          <StockVarianceCard variance={data.variance} />
          <ChannelFreshnessCard freshness={data.freshness} now={data.now} />
        </div>
        <ChannelMixCard sales={data.sales} channels={data.channels} filters={filters} unit={data.unit} />
        <StockVsSalesCard items={data.stockVsSales.items} categories={data.stockVsSales.categories} filters={filters} />
        <ReorderListCard reorder={data.reorder} windowDays={filters.windowDays} csvHref={csvHref} />
        <SlowMoversCard slowMovers={data.slowMovers} windowDays={filters.windowDays} />
        <TopCustomersCard customers={data.topCustomers} channels={data.channels} />
      </div>
    </>
  );
}
