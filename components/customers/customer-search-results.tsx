"use client";

import Link from "next/link";
import type { CustomerSearchResult } from "@/lib/customers/customer-search-response";
import { ChannelBadge } from "./channel-badge";

function ResultBody({ result }: { result: CustomerSearchResult }) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
      <div className="min-w-0">
        <p className="text-base font-semibold text-stone-900">{result.name}</p>
        <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm break-words text-stone-600">
          {result.email ? <span data-testid="result-email">{result.email}</span> : null}
          {result.phone ? <span data-testid="result-phone">{result.phone}</span> : null}
          {result.email || result.phone ? null : <span>No email or phone</span>}
        </p>
        <div className="mt-2 flex flex-wrap gap-1.5">
          {result.channels.length === 0 ? <span className="text-xs text-stone-500">No orders yet</span> : null}
          {result.channels.map((channel) => (
            <ChannelBadge key={channel.key} channel={channel.channel} label={channel.label} />
          ))}
          {result.matchedViaMerged ? <span className="text-xs text-stone-500">found through a merged record</span> : null}
        </div>
      </div>
      <dl className="grid shrink-0 grid-cols-2 gap-x-6 text-sm">
        <dt className="text-stone-500">Lifetime value</dt>
        <dt className="text-stone-500">Last visit</dt>
        <dd className="font-semibold tabular-nums text-stone-900">{result.lifetimeValue}</dd>
        <dd className="text-stone-900">{result.lastVisit ?? "—"}</dd>
      </dl>
    </div>
  );
}

/**
 * Customers found, each a touch-sized row: a link to their page, or, with `onPick`, a button that chooses
 * them (the owner's merge form).
 */
export function CustomerSearchResults({
  results,
  stale,
  onPick,
  pickLabel = "Choose",
}: {
  results: readonly CustomerSearchResult[];
  stale: boolean;
  onPick?: (result: CustomerSearchResult) => void;
  pickLabel?: string;
}) {
  return (
    <ul aria-label="Customers found" className={`divide-y divide-stone-200 overflow-hidden rounded-lg border border-stone-200 bg-white transition-opacity ${stale ? "opacity-60" : ""}`}>
      {results.map((result) => (
        <li key={result.id} data-testid="customer-result" data-customer-id={result.id}>
          {onPick ? (
            <div className="flex flex-wrap items-center gap-3 px-4 py-3">
              <div className="min-w-0 flex-1">
                <ResultBody result={result} />
              </div>
              <button
                type="button"
                onClick={() => onPick(result)}
                className="min-h-11 rounded-md border border-stone-300 bg-white px-4 font-medium text-stone-800 hover:bg-stone-100"
                aria-label={`${pickLabel} ${result.name}`}
              >
                {pickLabel}
              </button>
            </div>
          ) : (
            <Link href={result.href} className="block min-h-11 px-4 py-3 hover:bg-stone-50 focus-visible:bg-stone-50 focus-visible:outline-none">
              <ResultBody result={result} />
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
