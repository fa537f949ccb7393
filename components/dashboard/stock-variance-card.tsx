import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { StockVariance } from "@/lib/analytics/read-stock-variance";
import { formatInteger, formatPercent } from "@/lib/format/shop-format";
import { reconcileHref } from "./dashboard-links";

const systemName = (row: StockVariance["bySystem"][number]): string => row.storeName ?? (row.system === "lightspeed" ? "Lightspeed" : row.system);

/** Open drift as a share of the units on hand, and where it is. */
export function StockVarianceCard({ variance }: { variance: StockVariance }) {
  return (
    <Card title="Stock variance" description="Open drift (units a system shows wrongly, not yet repaired) as a share of the units on hand in Lightspeed.">
      <Link href={reconcileHref} className="block rounded-md p-1 hover:bg-stone-50" data-testid="stock-variance">
        <span className="block text-3xl font-semibold tabular-nums">{formatPercent(variance.share)}</span>
        <span className="block text-sm text-stone-600">
          {formatInteger(variance.driftUnits)} units off across {formatInteger(variance.driftingSkus)} SKUs, of {formatInteger(variance.unitsOnHand)} on hand
        </span>
      </Link>
      {variance.bySystem.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">No open drift: every system agrees with the ledger.</p>
      ) : (
        <ul className="mt-2 divide-y divide-stone-200 text-sm">
          {variance.bySystem.map((row) => (
            <li key={`${row.system}-${row.storeId ?? 0}`} className="flex justify-between gap-3 py-1.5">
              <span>{systemName(row)}</span>
              <span className="tabular-nums text-stone-700">
                {formatInteger(row.skus)} {row.skus === 1 ? "SKU" : "SKUs"} · {formatInteger(row.units)} {row.units === 1 ? "unit" : "units"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Link href={reconcileHref} className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline underline-offset-2">
        Open the drift report
      </Link>
    </Card>
  );
}
