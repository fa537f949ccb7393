/** A scrollable table with a sticky header; rows are the caller's `<tr>`s. */
export function DataTable({ columns, children, label }: { columns: readonly string[]; children: React.ReactNode; label: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm" aria-label={label}>
        <thead className="sticky top-0 bg-stone-100 text-stone-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}
