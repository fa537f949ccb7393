"use client";

import { useEffect, useRef, useState } from "react";
import { customerSearchResponseSchema, type CustomerSearchResult } from "@/lib/customers/customer-search-response";

export type CustomerSearchState =
  | { status: "idle" }
  /** `results` are the previous answer, kept on screen (dimmed) until the new one arrives. */
  | { status: "loading"; query: string; results: CustomerSearchResult[] }
  | { status: "done"; query: string; results: CustomerSearchResult[] }
  | { status: "error"; query: string; error: "signed-out" | "failed" };

const debounceMs = 180;

async function fetchResults(query: string, signal: AbortSignal): Promise<CustomerSearchResult[]> {
  const response = await fetch(`/api/customers/search?q=${encodeURIComponent(query)}`, { signal, headers: { accept: "application/json" }, cache: "no-store" });
  if (response.status === 401) throw new SignedOutError();
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  return customerSearchResponseSchema.parse(await response.json()).results;
}

class SignedOutError extends Error {}

/**
 * Searches as someone types: waits for a pause in typing, cancels the request of a query that is no longer
 * current (so a slow answer never overwrites a newer one), and keeps the last results on screen meanwhile.
 */
export function useCustomerSearch(
  query: string,
  initial?: { query: string; results: CustomerSearchResult[] },
): CustomerSearchState & { retry: () => void } {
  const trimmed = query.replace(/\s+/g, " ").trim();
  const [state, setState] = useState<CustomerSearchState>(initial && initial.query !== "" ? { status: "done", ...initial } : { status: "idle" });
  const [attempt, setAttempt] = useState(0);
  /** The query the server already answered while rendering the page: not fetched again on mount. */
  const answered = useRef(initial?.query ?? null);

  useEffect(() => {
    const alreadyAnswered = answered.current === trimmed;
    answered.current = null;
    if (alreadyAnswered) return;
    if (trimmed === "") {
      setState({ status: "idle" });
      return;
    }
    const controller = new AbortController();
    setState((previous) => {
      const results = previous.status === "done" || previous.status === "loading" ? previous.results : [];
      return { status: "loading", query: trimmed, results };
    });
    const timer = setTimeout(() => {
      fetchResults(trimmed, controller.signal).then(
        (results) => setState({ status: "done", query: trimmed, results }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: "error", query: trimmed, error: error instanceof SignedOutError ? "signed-out" : "failed" });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [trimmed, attempt]);

  return { ...state, retry: () => setAttempt((count) => count + 1) };
}
