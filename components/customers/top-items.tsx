import { EmptyState } from "@/components/ui/empty-state";
import type { TopItem } from "@/lib/customers/summarize-customer-timeline";
import { formatInteger, formatMoney } from "@/lib/format/shop-format";

/** What the customer buys most, net of what they returned. */
export function TopItems({ items }: { items: readonly TopItem[] }) {
  if (items.length === 0) return <EmptyState title="Nothing bought yet" />;
  return (
    <ol aria-label="What they buy most" className="space-y-2 text-sm">
      {items.map((item) => (
        <li key={item.sku} className="flex items-baseline justify-between gap-3">
          <span className="min-w-0">
            <span className="font-medium text-stone-900">{item.name}</span> <span className="text-stone-500">{item.sku}</span>
          </span>
          <span className="shrink-0 text-right tabular-nums text-stone-700">
            {formatInteger(item.quantity)} in {formatInteger(item.orderCount)} order{item.orderCount === 1 ? "" : "s"} · {formatMoney(item.spentCents)}
          </span>
        </li>
      ))}
    </ol>
  );
}
