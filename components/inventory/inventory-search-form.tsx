import type { InventorySearch } from "@/lib/stock/queries/inventory-search";

/** Search by SKU or name; a plain GET form, so the search lives in the URL and works without JavaScript. */
export function InventorySearchForm({ search }: { search: InventorySearch }) {
  return (
    <form action="/inventory" method="get" role="search" className="flex flex-wrap items-end gap-2">
      {search.filter === "all" ? null : <input type="hidden" name="filter" value={search.filter} />}
      <label className="min-w-0 flex-1">
        <span className="text-sm font-medium text-stone-700">Search SKU or name</span>
        <input
          type="search"
          name="q"
          defaultValue={search.q}
          maxLength={100}
          placeholder="e.g. MUG-BLU or kettle"
          className="mt-1 block min-h-11 w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base focus:border-brand-600 focus:ring-2 focus:ring-brand-100 focus:outline-none"
        />
      </label>
      <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
        Search
      </button>
    </form>
  );
}
