import Link from "next/link";
import { dashboardQuery, salesWindowDays, type DashboardFilters } from "@/lib/analytics/dashboard-filters";
import type { SalesChannel } from "@/lib/analytics/sales-channel";
import { addDays } from "@/lib/analytics/shop-calendar";

const presets = [
  { label: "7 days", days: 7 },
  { label: "30 days", days: 30 },
  { label: "90 days", days: 90 },
  { label: "6 months", days: 182 },
] as const;

/**
 * The dashboard's filters as a plain GET form: they live in the URL, so any view can be shared or bookmarked,
 * and the form works before (and without) JavaScript.
 */
export function DashboardFilterForm({ filters, channels, today }: { filters: DashboardFilters; channels: readonly SalesChannel[]; today: string }) {
  const chosen = (key: string): boolean => filters.channels === null || filters.channels.includes(key);
  return (
    <form method="get" action="/dashboard" aria-label="Dashboard filters" className="rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="mb-1 text-sm font-medium text-stone-700">Sales between (shop&apos;s days)</legend>
          <label className="block">
            <span className="sr-only">From</span>
            <input type="date" name="from" defaultValue={filters.range.from} max={today} aria-label="From" className="min-h-11 rounded-md border border-stone-300 bg-white px-3 text-base" />
          </label>
          <span className="pb-3 text-stone-500">to</span>
          <label className="block">
            <span className="sr-only">To</span>
            <input type="date" name="to" defaultValue={filters.range.to} max={today} aria-label="To" className="min-h-11 rounded-md border border-stone-300 bg-white px-3 text-base" />
          </label>
        </fieldset>
        <fieldset>
          <legend className="mb-1 text-sm font-medium text-stone-700">Channels</legend>
          <div className="flex flex-wrap gap-2">
            {channels.map((channel) => (
              <label key={channel.key} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                <input type="checkbox" name="channel" value={channel.key} defaultChecked={chosen(channel.key)} className="size-5 accent-brand-600" />
                <span className="text-sm">{channel.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="block">
          <span className="mb-1 block text-sm font-medium text-stone-700">Rates over the last</span>
          <select name="window" defaultValue={String(filters.windowDays)} className="min-h-11 rounded-md border border-stone-300 bg-white px-3 text-base">
            {salesWindowDays.map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-5 font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </div>
      <nav aria-label="Date presets" className="mt-3 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-600">Quick ranges:</span>
        {presets.map((preset) => {
          const range = { from: addDays(today, -(preset.days - 1)), to: today };
          const active = range.from === filters.range.from && range.to === filters.range.to;
          return (
            <Link
              key={preset.days}
              href={`/dashboard${dashboardQuery(filters, { range, category: null })}`}
              aria-current={active ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-md px-3 font-medium ${active ? "bg-brand-600 text-white" : "border border-stone-300 bg-white text-stone-700 hover:bg-stone-100"}`}
            >
              {preset.label}
            </Link>
          );
        })}
        <span className="text-stone-500">Leave every channel unticked to count them all.</span>
      </nav>
    </form>
  );
}
