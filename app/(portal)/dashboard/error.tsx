"use client";

import { useEffect } from "react";

/** When the dashboard cannot load (the database is unreachable, a query failed): say so and offer a retry. */
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold">The dashboard could not be loaded</h1>
      <p className="mt-2 text-stone-600">Nothing is lost: the figures are read again when you retry. If it keeps failing, the database may be unreachable.</p>
      {digest ? <p className="mt-2 text-xs text-stone-500">Reference: {digest}</p> : null}
      <button type="button" onClick={() => retry()} className="mt-4 min-h-11 rounded-md bg-brand-600 px-5 font-medium text-white hover:bg-brand-700">
        Try again
      </button>
    </div>
  );
}
