import Link from "next/link";
import { inboxProviders, runStatuses, type ActivitySearch } from "@/lib/operations/activity-search";
import { providerLabels } from "./inbox-filter-form";
import { SelectField } from "./select-field";
import { runStatusLabel } from "./status-badges";

export function RunsFilterForm({ search }: { search: ActivitySearch }) {
  return (
    <form action="/activity" method="get" aria-label="Filter engine runs" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="view" value="runs" />
      <SelectField label="Provider" name="provider" value={search.provider} options={inboxProviders.map((provider) => ({ value: provider, label: providerLabels[provider] }))} />
      <SelectField label="Status" name="runStatus" value={search.runStatus} options={runStatuses.map((status) => ({ value: status, label: runStatusLabel(status) }))} />
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Filter
      </button>
      <Link href="/activity?view=runs" className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-stone-700 hover:bg-stone-100">
        Clear
      </Link>
    </form>
  );
}
