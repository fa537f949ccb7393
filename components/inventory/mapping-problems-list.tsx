import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { OpenMappingProblem } from "@/lib/stock/queries/list-mapping-problems";
import { Badge } from "@/components/ui/badge";

export const mappingProblemLabels: Record<OpenMappingProblem["kind"], string> = { unmapped: "Unmapped", duplicate: "Duplicate SKU", ambiguous: "Ambiguous" };

/** Shopify listings the portal will not guess about, including those that match no item at all. */
export function MappingProblemsList({ problems }: { problems: readonly OpenMappingProblem[] }) {
  return (
    <Card title="Listings the portal will not guess about" description="Not synced until the SKU is fixed in Shopify or mapped by the owner.">
      {problems.length === 0 ? (
        <EmptyState title="No mapping problems">Every Shopify listing maps to exactly one item.</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-200">
          {problems.map((problem) => (
            <li key={problem.id} className="py-2 text-sm" data-testid="mapping-problem">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="stone">{mappingProblemLabels[problem.kind]}</Badge>
                <span className="font-mono">{problem.sku ?? "(no SKU)"}</span>
                {problem.storeName ? <span className="text-stone-600">in {problem.storeName}</span> : null}
              </div>
              <p className="mt-1 text-stone-700">{problem.detail}</p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
