import { Card } from "@/components/ui/card";
import { formatDateTime, formatInteger } from "@/lib/format/shop-format";
import type { SkuDetail } from "@/lib/stock/queries/get-sku-detail";
import { Badge } from "@/components/ui/badge";
import { mappingProblemLabels } from "./mapping-problems-list";

/** Open drift reports and mapping problems for the SKU: what the reconciliation found, and why. */
export function SkuExplanations({ detail }: { detail: SkuDetail }) {
  const storeName = (storeId: number | null): string =>
    storeId === null ? "Lightspeed" : (detail.stores.find((store) => store.id === storeId)?.name ?? "a Shopify store");
  if (detail.openDrift.length === 0 && detail.mappingProblems.length === 0) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {detail.openDrift.length > 0 ? (
        <Card title="Open drift" description="Found by reconciliation and not yet repaired.">
          <ul className="divide-y divide-stone-200 text-sm">
            {detail.openDrift.map((drift) => (
              <li key={drift.id} className="py-2">
                <span className="font-medium">{storeName(drift.storeId)}</span>: expected {formatInteger(drift.expected)}, found {formatInteger(drift.actual)}
                <span className="block text-stone-700">{drift.cause}</span>
                <span className="block text-xs text-stone-500">detected {formatDateTime(drift.detectedAt)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {detail.mappingProblems.length > 0 ? (
        <Card title="Mapping problems" description="Listings with this SKU that the portal will not sync until they are fixed.">
          <ul className="divide-y divide-stone-200 text-sm">
            {detail.mappingProblems.map((problem) => (
              <li key={problem.id} className="py-2">
                <Badge tone="stone">{mappingProblemLabels[problem.kind]}</Badge> <span className="font-medium">{storeName(problem.storeId)}</span>
                <span className="block text-stone-700">{problem.detail}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
