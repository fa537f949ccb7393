"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { CustomerSearchState } from "./use-customer-search";

/** What the search says besides its results: a hint, "searching…", nothing found, or what went wrong. */
export function CustomerSearchStatus({ state, retry }: { state: CustomerSearchState; retry: () => void }) {
  switch (state.status) {
    case "idle":
      return <p className="text-sm text-stone-600">Type part of a name, an email or a phone number in any format.</p>;
    case "loading":
      return (
        <p className="flex items-center gap-2 text-sm text-stone-600">
          <span aria-hidden className="inline-block size-3 animate-spin rounded-full border-2 border-stone-300 border-t-brand-600" />
          Searching for “{state.query}”…
        </p>
      );
    case "error":
      return state.error === "signed-out" ? (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Your session has ended.{" "}
          <Link href="/sign-in" className="font-medium underline">
            Sign in again
          </Link>
        </div>
      ) : (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          The search did not answer. Check the connection and try again.
          <button type="button" onClick={retry} className="min-h-11 rounded-md border border-red-300 bg-white px-4 font-medium">
            Try again
          </button>
        </div>
      );
    case "done":
      return state.results.length === 0 ? (
        <EmptyState title={`No customer matches “${state.query}”`}>Try fewer letters, another spelling, or the phone number.</EmptyState>
      ) : (
        <p className="text-sm text-stone-600">
          {state.results.length === 1 ? "1 customer" : `${state.results.length} customers`} for “{state.query}”
          {state.results.length >= 20 ? " (the best 20; type more to narrow it down)" : ""}
        </p>
      );
  }
}
