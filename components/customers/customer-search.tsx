"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { CustomerSearchResult } from "@/lib/customers/customer-search-response";
import { CustomerSearchResults } from "./customer-search-results";
import { CustomerSearchStatus } from "./customer-search-status";
import { useCustomerSearch } from "./use-customer-search";

/**
 * The staff's customer search: results appear as they type. The query is kept in the address (`?q=`), so
 * coming back from a customer's page shows the same results, answered by the server on the first render.
 */
export function CustomerSearch({ initialQuery, initialResults }: { initialQuery: string; initialResults: CustomerSearchResult[] }) {
  // Coming back to the page may reuse its first render: the address still holds the latest query.
  const searchParams = useSearchParams();
  const [query, setQuery] = useState(() => (searchParams.get("q") ?? initialQuery).slice(0, 100));
  const search = useCustomerSearch(query, { query: initialQuery, results: initialResults });
  const trimmed = query.replace(/\s+/g, " ").trim();

  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get("q") === (trimmed || null)) return;
    if (trimmed === "") url.searchParams.delete("q");
    else url.searchParams.set("q", trimmed);
    window.history.replaceState(window.history.state, "", url);
  }, [trimmed]);

  const results = search.status === "done" || search.status === "loading" ? search.results : [];
  return (
    <div className="space-y-4">
      <form role="search" action="/customers" onSubmit={(event) => event.preventDefault()}>
        <label className="block">
          <span className="text-sm font-medium text-stone-700">Search customers</span>
          <input
            type="search"
            name="q"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Name, email or phone"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={100}
            autoFocus
            className="mt-1 block min-h-12 w-full rounded-md border border-stone-300 bg-white px-4 py-2 text-lg focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
          />
        </label>
      </form>
      <div aria-live="polite" aria-busy={search.status === "loading"} data-testid="search-status" data-status={search.status} data-query={search.status === "idle" ? "" : search.query}>
        <CustomerSearchStatus state={search} retry={search.retry} />
      </div>
      {results.length > 0 ? <CustomerSearchResults results={results} stale={search.status === "loading"} /> : null}
    </div>
  );
}
