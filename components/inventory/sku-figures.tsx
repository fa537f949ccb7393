import { Card } from "@/components/ui/card";
import { formatDateTime, formatInteger } from "@/lib/format/shop-format";
import type { SkuDetail } from "@/lib/stock/queries/get-sku-detail";
import { Badge } from "@/components/ui/badge";
import { Freshness } from "@/components/ui/freshness";

/** The SKU's figure in every system, each with when it was read, and how each store's sellable figure is made. */
export function SkuFigures({ detail }: { detail: SkuDetail }) {
  const { row } = detail;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {row.lightspeed.map((shop) => {
        const name = detail.lightspeedShops.find((candidate) => candidate.id === shop.lightspeedShopId)?.name ?? "Lightspeed";
        return (
          <Card key={`shop-${shop.lightspeedShopId}`} title={`Lightspeed · ${name}`} description="On-hand truth (ItemShop.qoh)">
            <dl className="space-y-1 text-sm" data-testid={`lightspeed-figures-${shop.lightspeedShopId}`}>
              <div className="flex items-baseline justify-between gap-2">
                <dt className="text-stone-600">On hand</dt>
                <dd className="text-2xl font-semibold tabular-nums">{shop.onHand === null ? "—" : formatInteger(shop.onHand)}</dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-stone-600">Pending (sold online, not yet posted)</dt>
                <dd className="font-semibold tabular-nums">{formatInteger(shop.pendingUnits)}</dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-stone-600">Lightspeed time stamp</dt>
                <dd>{shop.sourceTimestamp ? formatDateTime(shop.sourceTimestamp) : "—"}</dd>
              </div>
              <div className="flex justify-between gap-2">
                <dt className="text-stone-600">Read by the portal</dt>
                <dd>
                  <Freshness at={shop.observedAt} />
                </dd>
              </div>
            </dl>
          </Card>
        );
      })}
      {row.stores.map((store) => {
        const ref = detail.stores.find((candidate) => candidate.id === store.storeId);
        const listings = detail.listings.filter((listing) => listing.storeId === store.storeId);
        return (
          <Card key={`store-${store.storeId}`} title={`Shopify · ${ref?.name ?? "store"}`} description={ref?.domain}>
            {store.listed ? (
              <dl className="space-y-1 text-sm" data-testid={`store-figures-${store.storeId}`}>
                <div className="flex items-baseline justify-between gap-2">
                  <dt className="text-stone-600">Sellable (should show)</dt>
                  <dd className="text-2xl font-semibold tabular-nums">{store.expected === null ? "—" : formatInteger(store.expected)}</dd>
                </div>
                <div className="text-xs text-stone-600">
                  {store.onHand === null
                    ? "Waiting for Lightspeed's on-hand."
                    : `max(0, ${formatInteger(store.onHand)} on hand − ${formatInteger(store.pendingUnits)} pending − ${formatInteger(store.safetyBuffer)} buffer)`}{" "}
                  · buffer {store.bufferIsOverride ? "set for this SKU" : "is the store’s default"}
                </div>
                <div className="flex justify-between gap-2">
                  <dt className="text-stone-600">Shopify shows</dt>
                  <dd className="font-semibold tabular-nums">{store.available === null ? "not read" : formatInteger(store.available)}</dd>
                </div>
                <div className="flex justify-between gap-2">
                  <dt className="text-stone-600">Read by the portal</dt>
                  <dd>
                    <Freshness at={store.availableObservedAt} />
                  </dd>
                </div>
                {store.drifting && store.expected !== null && store.available !== null ? (
                  <p role="note" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-amber-900">
                    <Badge tone="amber">Drift</Badge> Shopify shows {formatInteger(Math.abs(store.available - store.expected))}{" "}
                    {store.available > store.expected ? "more" : "fewer"} than it should.
                  </p>
                ) : null}
                {listings.length > 0 ? (
                  <p className="pt-1 text-xs text-stone-500">Listed as {listings.map((listing) => `“${listing.title}”`).join(", ")}</p>
                ) : null}
              </dl>
            ) : (
              <p className="text-sm text-stone-600" data-testid={`store-figures-${store.storeId}`}>
                Not listed in this store.
              </p>
            )}
          </Card>
        );
      })}
    </div>
  );
}
