import Link from "next/link";
import { inboxProviders, inboxStatuses, type ActivitySearch } from "@/lib/operations/activity-search";
import { SelectField } from "./select-field";
import { inboxStatusLabel } from "./status-badges";

export const providerLabels = { shopify: "Shopify", stripe: "Stripe", lightspeed: "Lightspeed", portal: "Portal" } as const;

/** Filters for the inbox, as a GET form: they live in the URL. */
export function InboxFilterForm({ search, topics, statusCounts }: { search: ActivitySearch; topics: readonly string[]; statusCounts: ReadonlyMap<string, number> }) {
  return (
    <form action="/activity" method="get" aria-label="Filter the inbox" className="flex flex-wrap items-end gap-3">
      <SelectField label="Provider" name="provider" value={search.provider} options={inboxProviders.map((provider) => ({ value: provider, label: providerLabels[provider] }))} />
      <SelectField
        label="Status"
        name="status"
        value={search.status}
        options={inboxStatuses.map((status) => ({ value: status, label: `${inboxStatusLabel(status)} (${statusCounts.get(status) ?? 0})` }))}
      />
      <SelectField label="Topic" name="topic" value={search.topic} options={topics.map((topic) => ({ value: topic, label: topic }))} />
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Filter
      </button>
      <Link href="/activity" className="inline-flex min-h-11 items-center rounded-md px-3 font-medium text-stone-700 hover:bg-stone-100">
        Clear
      </Link>
    </form>
  );
}
