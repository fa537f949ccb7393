import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatInteger } from "@/lib/format/shop-format";
import type { InventoryRow } from "@/lib/stock/queries/inventory-rows";
import type { LightspeedShopRef, ShopifyStoreRef } from "@/lib/stock/queries/load-stock-figures";
import { Badge } from "@/components/ui/badge";
import { StoreFigureCell } from "./store-figure-cell";

export function skuHref(sku: string): string {
  return `/inventory/${encodeURIComponent(sku)}`;
}

/**
 * Every SKU with its Lightspeed on-hand and pending units per Lightspeed shop, and per Shopify store the sellable
 * figure (the truth model) over what the store last showed.
 */
export function InventoryTable({ rows, lightspeedShops, stores }: { rows: readonly InventoryRow[]; lightspeedShops: readonly LightspeedShopRef[]; stores: readonly ShopifyStoreRef[] }) {
  const manyShops = lightspeedShops.length > 1;
  const columns = [
    "SKU",
    ...lightspeedShops.flatMap((shop) => (manyShops ? [`On hand · ${shop.name}`, `Pending · ${shop.name}`] : ["On hand", "Pending"])),
    ...stores.map((store) => `${store.name} sellable`),
  ];
  return (
    <DataTable columns={columns} label="Inventory">
      {rows.map((row) => (
        <tr key={row.itemId} data-testid={`inventory-row-${row.sku}`} className={row.drifting ? "bg-amber-50/40" : undefined}>
          <td className="px-3 py-2">
            <Link href={skuHref(row.sku)} className="font-mono font-medium text-brand-700 underline-offset-2 hover:underline">
              {row.sku}
            </Link>
            <span className="block text-stone-600">
              {row.name}
              {row.variantName ? ` · ${row.variantName}` : ""}
            </span>
            <span className="mt-0.5 flex flex-wrap gap-1">
              {row.drifting ? <Badge tone="amber">Drifting</Badge> : null}
              {row.lowStock ? <Badge tone="red">Low stock</Badge> : null}
              {row.mappingProblem ? <Badge tone="stone">Mapping problem</Badge> : null}
            </span>
          </td>
          {row.lightspeed.flatMap((shop) => [
            <td key={`on-hand-${shop.lightspeedShopId}`} className="px-3 py-2 font-semibold tabular-nums">
              {shop.onHand === null ? <span className="font-normal text-stone-500">not read</span> : formatInteger(shop.onHand)}
            </td>,
            <td key={`pending-${shop.lightspeedShopId}`} className="px-3 py-2 tabular-nums">
              {shop.pendingUnits > 0 ? formatInteger(shop.pendingUnits) : <span className="text-stone-400">0</span>}
            </td>,
          ])}
          {row.stores.map((figures) => (
            <StoreFigureCell key={figures.storeId} figures={figures} />
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
