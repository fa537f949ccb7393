import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterTabs } from "@/components/ui/filter-tabs";
import { InventorySearchForm } from "@/components/inventory/inventory-search-form";
import { InventoryTable } from "@/components/inventory/inventory-table";
import { MappingProblemsList } from "@/components/inventory/mapping-problems-list";
import { Pager } from "@/components/ui/pager";
import { PageHeader } from "@/components/shell/page-header";
import { requirePagePermission } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { formatInteger } from "@/lib/format/shop-format";
import { inventoryFilterLabels, inventoryFilters, inventoryHref, parseInventorySearch } from "@/lib/stock/queries/inventory-search";
import { listInventory } from "@/lib/stock/queries/list-inventory";
import { listOpenMappingProblems } from "@/lib/stock/queries/list-mapping-problems";

export const metadata: Metadata = { title: "Inventory" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InventoryPage({ searchParams }: Props) {
  await requirePagePermission("inventory:view");
  const search = parseInventorySearch(await searchParams);
  const db = getDb();
  const [listing, problems] = await Promise.all([
    listInventory(db, search),
    search.filter === "unmapped" ? listOpenMappingProblems(db) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title="Inventory"
        description="Every SKU with its Lightspeed on-hand, pending units and each Shopify store's sellable figure (on-hand − pending − the store's safety buffer) against what the store last showed."
      />
      <div className="space-y-4">
        <InventorySearchForm search={search} />
        <FilterTabs
          label="Show"
          current={search.filter}
          options={inventoryFilters.map((filter) => ({
            value: filter,
            label: inventoryFilterLabels[filter],
            count: listing.counts[filter],
            href: inventoryHref({ filter, q: search.q }),
          }))}
        />
        {search.filter === "unmapped" ? <MappingProblemsList problems={problems} /> : null}
        <p className="text-sm text-stone-600" aria-live="polite">
          {formatInteger(listing.total)} {listing.total === 1 ? "SKU" : "SKUs"}
          {search.q ? ` matching “${search.q}”` : ""}
        </p>
        {listing.rows.length === 0 ? (
          <EmptyState title="No SKUs to show">
            {search.q ? "Nothing matches that search. Try part of the SKU or the name." : "Nothing matches this filter right now."}
          </EmptyState>
        ) : (
          <InventoryTable rows={listing.rows} lightspeedShops={listing.lightspeedShops} stores={listing.stores} />
        )}
        <Pager label="Inventory pages" page={listing.page} pageCount={listing.pageCount} hrefFor={(page) => inventoryHref({ ...search, page })} />
      </div>
    </>
  );
}
