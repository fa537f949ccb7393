import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime, formatInteger } from "@/lib/format/shop-format";
import type { OpenPendingUnit } from "@/lib/stock/queries/get-sku-detail";
import { describeSourceEvent } from "@/lib/stock/queries/describe-source-event";
import { channelLabels, customerHref } from "./stock-labels";

/** The online orders whose units are held back everywhere until they are posted to Lightspeed. */
export function PendingOrders({ pending }: { pending: readonly OpenPendingUnit[] }) {
  if (pending.length === 0) return null;
  return (
    <Card title="Pending units" description="Sold online and waiting to be posted to Lightspeed; subtracted from every store's sellable figure meanwhile.">
      <ul className="divide-y divide-stone-200 text-sm">
        {pending.map((unit) => (
          <li key={`${unit.orderId}`} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span>
              <span className="font-semibold tabular-nums">{formatInteger(unit.quantity)}</span> · {channelLabels[unit.channel]} ·{" "}
              {describeSourceEvent(unit.sourceKey)}
              {unit.customerId === null ? null : (
                <>
                  {" · "}
                  <Link href={customerHref(unit.customerId)} className="font-medium text-brand-700 hover:underline">
                    Customer’s orders
                  </Link>
                </>
              )}
            </span>
            <time className="text-stone-600" dateTime={unit.createdAt.toISOString()}>
              since {formatDateTime(unit.createdAt)}
            </time>
          </li>
        ))}
      </ul>
    </Card>
  );
}
