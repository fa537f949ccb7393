import { Stat } from "@/components/ui/stat";
import type { SalesFigures } from "@/lib/analytics/summarise-channel-sales";
import { formatInteger, formatMoney, formatWholeMoney } from "@/lib/format/shop-format";

/** The range's headline figures on the chosen channels; each opens the orders behind it. */
export function SalesHeadline({ total, ordersHref }: { total: SalesFigures; ordersHref: string }) {
  const average = total.orders > 0 ? Math.round(total.netCents / total.orders) : 0;
  return (
    <section aria-label="Sales in the range" className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="sales-headline">
      <Stat label="Net sales" value={formatWholeMoney(total.netCents)} hint={`${formatMoney(total.grossCents)} taken, refunds off`} href={ordersHref} />
      <Stat label="Orders" value={formatInteger(total.orders)} hint="placed in the range" href={ordersHref} />
      <Stat label="Net units" value={formatInteger(total.netUnits)} hint={`${formatInteger(total.unitsSold)} sold, ${formatInteger(total.unitsReturned)} back in stock`} href={ordersHref} />
      <Stat label="Refunded" value={formatWholeMoney(total.refundedCents)} hint="on these orders, to date" href={ordersHref} />
      <Stat label="Average order" value={formatMoney(average)} hint="net sales ÷ orders" href={ordersHref} />
    </section>
  );
}
