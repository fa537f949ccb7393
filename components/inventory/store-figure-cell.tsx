import { formatInteger } from "@/lib/format/shop-format";
import type { StoreSellable } from "@/lib/stock/queries/inventory-rows";

/** One store's sellable figure against what the store last showed; drift is marked in words, not only colour. */
export function StoreFigureCell({ figures }: { figures: StoreSellable }) {
  if (!figures.listed) return <td className="px-3 py-2 text-stone-400">Not listed</td>;
  return (
    <td className={`px-3 py-2 tabular-nums ${figures.drifting ? "bg-amber-50" : ""}`} data-drifting={figures.drifting ? "true" : undefined}>
      <span className="block font-semibold">{figures.expected === null ? "—" : formatInteger(figures.expected)}</span>
      <span className={`block text-xs ${figures.drifting ? "font-medium text-amber-900" : "text-stone-500"}`}>
        {figures.available === null ? "Shopify: not read" : `Shopify shows ${formatInteger(figures.available)}`}
        {figures.drifting ? " · drift" : ""}
      </span>
    </td>
  );
}
