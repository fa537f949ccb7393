"use client";

import { useActionState, useEffect, useState } from "react";
import { CustomerSearchResults } from "@/components/customers/customer-search-results";
import { CustomerSearchStatus } from "@/components/customers/customer-search-status";
import { useCustomerSearch } from "@/components/customers/use-customer-search";
import { ActionMessage } from "@/components/ui/action-message";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { initialActionResult } from "@/lib/auth/action-result";
import type { CustomerSearchResult } from "@/lib/customers/customer-search-response";
import { mergeCustomersAction } from "./merge-actions";

/**
 * The owner finds another customer who is the same person and folds them into this one (`survivorId`),
 * saying why. Their identities and orders move here; the merge can be undone exactly.
 */
export function MergeCustomerForm({ survivorId, survivorName }: { survivorId: number; survivorName: string }) {
  const [result, formAction, pending] = useActionState(mergeCustomersAction, initialActionResult);
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<CustomerSearchResult | null>(null);
  const search = useCustomerSearch(picked ? "" : query);

  useEffect(() => {
    if (result.ok && result.message !== "") {
      setPicked(null);
      setQuery("");
    }
  }, [result]);

  const found = search.status === "done" || search.status === "loading" ? search.results.filter((candidate) => candidate.id !== survivorId) : [];
  const errors = result.ok ? undefined : result.fieldErrors;
  return (
    <div className="space-y-3">
      {picked ? (
        <form action={formAction} aria-label="Merge customers" className="space-y-3">
          <input type="hidden" name="survivorId" value={survivorId} />
          <input type="hidden" name="mergedId" value={picked.id} />
          <p className="text-sm">
            Merge <strong>{picked.name}</strong>
            {picked.email || picked.phone ? ` (${[picked.email, picked.phone].filter(Boolean).join(", ")})` : ""} into <strong>{survivorName}</strong>: their
            identities and {picked.orderCount} order{picked.orderCount === 1 ? "" : "s"} move here.
          </p>
          <TextField label="Why are they the same person?" name="reason" required minLength={3} maxLength={500} errors={errors?.["reason"]} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {pending ? "Merging…" : `Merge into ${survivorName}`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setPicked(null)}>
              Choose someone else
            </Button>
          </div>
        </form>
      ) : (
        <>
          <label className="block">
            <span className="text-sm font-medium text-stone-700">Find the other customer</span>
            <input
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="Name, email or phone"
              autoComplete="off"
              maxLength={100}
              className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
            />
          </label>
          <div aria-live="polite" data-testid="merge-search-status" data-status={search.status} data-query={search.status === "idle" ? "" : search.query}>
            {search.status === "idle" ? null : <CustomerSearchStatus state={search} retry={search.retry} />}
          </div>
          {found.length > 0 ? <CustomerSearchResults results={found} stale={search.status === "loading"} onPick={setPicked} pickLabel="Merge" /> : null}
        </>
      )}
      <ActionMessage result={result} />
    </div>
  );
}
