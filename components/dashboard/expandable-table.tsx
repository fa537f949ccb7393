"use client";

import { useState, type ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";

/** A data table showing its first `initial` rows, with a button that shows the rest (and hides them again). */
export function ExpandableTable({ label, columns, rows, initial, noun }: { label: string; columns: readonly string[]; rows: readonly ReactNode[]; initial: number; noun: string }) {
  const [expanded, setExpanded] = useState(false);
  const hidden = rows.length - initial;
  return (
    <>
      <DataTable label={label} columns={columns}>
        {expanded ? rows : rows.slice(0, initial)}
      </DataTable>
      {hidden > 0 ? (
        <button
          type="button"
          aria-expanded={expanded}
          onClick={() => setExpanded((value) => !value)}
          className="mt-2 min-h-11 rounded-md border border-stone-300 bg-white px-4 text-sm font-medium text-stone-800 hover:bg-stone-100"
        >
          {expanded ? `Show the first ${initial} only` : `Show ${hidden} more ${noun}`}
        </button>
      ) : null}
    </>
  );
}
