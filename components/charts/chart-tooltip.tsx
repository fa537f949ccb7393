"use client";

export type ChartTooltipRow = { key: string; label: string; color: string; value: string };

/** The card a chart's tooltip shows: a title, one row per series with its swatch, and an optional total. */
export function ChartTooltipCard({ title, rows, total }: { title: string; rows: readonly ChartTooltipRow[]; total?: string }) {
  return (
    <div className="rounded-md border border-stone-200 bg-white px-3 py-2 text-sm shadow-md">
      <p className="mb-1 font-medium text-stone-900">{title}</p>
      <ul className="space-y-0.5">
        {rows.map((row) => (
          <li key={row.key} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-2 text-stone-700">
              <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ backgroundColor: row.color }} />
              {row.label}
            </span>
            <span className="tabular-nums">{row.value}</span>
          </li>
        ))}
      </ul>
      {total ? <p className="mt-1 border-t border-stone-200 pt-1 text-right font-medium tabular-nums">{total}</p> : null}
    </div>
  );
}
