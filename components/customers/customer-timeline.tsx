import { EmptyState } from "@/components/ui/empty-state";
import type { TimelineEntry, TimelineOrder, TimelineRefund } from "@/lib/customers/list-customer-timeline";
import { salesChannelLabel } from "@/lib/customers/sales-channel";
import { formatDateTime, formatInteger, formatMoney } from "@/lib/format/shop-format";
import { ChannelBadge } from "./channel-badge";

const statusLabels: Record<TimelineOrder["status"], string | null> = {
  posted: null,
  pending: "Not yet in Lightspeed",
  partially_refunded: "Partly refunded",
  refunded: "Refunded",
  needs_attention: "Needs attention",
};

function EntryHeader({ entry, title, amount, note }: { entry: TimelineEntry; title: string; amount: string; note: string | null }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <time dateTime={entry.at.toISOString()} className="text-sm text-stone-600">
          {formatDateTime(entry.at)}
        </time>
        <ChannelBadge channel={entry.channel.channel} label={salesChannelLabel(entry.channel)} />
        <span className="font-medium text-stone-900">{title}</span>
        {note ? <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{note}</span> : null}
      </div>
      <span className={`font-semibold tabular-nums ${entry.kind === "refund" ? "text-red-700" : "text-stone-900"}`}>{amount}</span>
    </div>
  );
}

function OrderEntry({ order }: { order: TimelineOrder }) {
  return (
    <>
      <EntryHeader entry={order} title={order.reference} amount={formatMoney(order.totalCents)} note={statusLabels[order.status]} />
      <ul className="mt-2 space-y-1 text-sm">
        {order.lines.map((line, index) => (
          <li key={`${line.sku}:${index}`} className="flex justify-between gap-4">
            <span>
              {formatInteger(line.quantity)} × {line.name} <span className="text-stone-500">{line.sku}</span>
            </span>
            <span className="tabular-nums text-stone-700">{formatMoney(line.totalCents)}</span>
          </li>
        ))}
      </ul>
      {order.taxCents > 0 ? <p className="mt-1 text-right text-xs text-stone-500">incl. {formatMoney(order.taxCents)} tax</p> : null}
    </>
  );
}

function RefundEntry({ refund }: { refund: TimelineRefund }) {
  return (
    <>
      <EntryHeader entry={refund} title={`Refund of ${refund.orderReference}`} amount={`−${formatMoney(refund.amountCents)}`} note={refund.reason} />
      {refund.lines.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">Amount only: no goods came back.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {refund.lines.map((line, index) => (
            <li key={`${line.sku}:${index}`} className="flex justify-between gap-4">
              <span>
                {formatInteger(line.quantity)} × {line.name} <span className="text-stone-500">{line.sku}</span>{" "}
                <span className={line.restock ? "text-brand-700" : "text-stone-500"}>{line.restock ? "· restocked" : "· not restocked"}</span>
              </span>
              <span className="tabular-nums text-stone-700">−{formatMoney(line.amountCents)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every order and refund in every channel, newest first. */
export function CustomerTimeline({ entries }: { entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return <EmptyState title="No orders yet">Orders from the till, the Shopify stores and Stripe appear here.</EmptyState>;
  return (
    <ol aria-label="Orders and refunds" className="divide-y divide-stone-200">
      {entries.map((entry) => (
        <li
          key={`${entry.kind}:${entry.id}`}
          data-testid={`timeline-${entry.kind}`}
          data-channel={entry.channel.channel}
          className={`py-3 first:pt-0 last:pb-0 ${entry.kind === "refund" ? "border-l-4 border-l-red-200 pl-3" : ""}`}
        >
          {entry.kind === "order" ? <OrderEntry order={entry} /> : <RefundEntry refund={entry} />}
        </li>
      ))}
    </ol>
  );
}
