import Link from "next/link";
import type { CustomerMergeView } from "@/lib/customers/list-customer-merges";
import { explainMerge } from "@/lib/customers/explain-merge";
import { formatDateTime } from "@/lib/format/shop-format";

/**
 * Why records were taken for this one person, newest first: each merge with its reasons, what moved, and
 * whether it was undone. `undoControl` renders the owner's undo form for a merge into this customer.
 */
export function CustomerMerges({
  customerId,
  merges,
  undoControl,
}: {
  customerId: number;
  merges: readonly CustomerMergeView[];
  undoControl?: (merge: CustomerMergeView) => React.ReactNode;
}) {
  if (merges.length === 0) return <p className="text-sm text-stone-600">Never merged: every identity matched this customer when it was created.</p>;
  return (
    <ul aria-label="Merges" className="divide-y divide-stone-200 text-sm">
      {merges.map((merge) => {
        const intoThis = merge.survivorId === customerId;
        const other = intoThis ? (
          <Link href={`/customers/${merge.mergedId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {merge.mergedName}
          </Link>
        ) : merge.mergedId === customerId ? (
          <>
            this customer into{" "}
            <Link href={`/customers/${merge.survivorId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {merge.survivorName}
            </Link>
          </>
        ) : (
          <>
            {merge.mergedName} into {merge.survivorName}
          </>
        );
        return (
          <li key={merge.id} data-testid="customer-merge" data-merge-id={merge.id} data-undone={merge.undoneAt !== null} className="py-2 first:pt-0 last:pb-0">
            <p className={merge.undoneAt ? "text-stone-500" : "text-stone-900"}>
              {merge.undoneAt ? "Was merged: " : "Merged: "}
              {other}
            </p>
            <p className="text-stone-700">{explainMerge(merge).join(" · ")}</p>
            <p className="text-xs text-stone-500">
              {formatDateTime(merge.mergedAt)} · moved {merge.movedIdentityIds.length} identit{merge.movedIdentityIds.length === 1 ? "y" : "ies"} and{" "}
              {merge.movedOrderIds.length} order{merge.movedOrderIds.length === 1 ? "" : "s"}
              {merge.undoneAt ? ` · undone by ${merge.undoneByName ?? "the owner"} ${formatDateTime(merge.undoneAt)}` : ""}
            </p>
            {intoThis && undoControl ? undoControl(merge) : null}
          </li>
        );
      })}
    </ul>
  );
}
