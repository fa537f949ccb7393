import type { SalesChannel } from "@/lib/customers/sales-channel";

const tones: Record<SalesChannel["channel"], string> = {
  in_store: "bg-amber-50 text-amber-900 ring-amber-200",
  shopify: "bg-brand-50 text-brand-900 ring-brand-100",
  stripe: "bg-indigo-50 text-indigo-900 ring-indigo-200",
};

/** Where something was bought: "In store", "Shopify · Outlet", "Stripe". */
export function ChannelBadge({ channel, label }: { channel: SalesChannel["channel"]; label: string }) {
  return (
    <span data-testid="channel-badge" data-channel={channel} className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ${tones[channel]}`}>
      {label}
    </span>
  );
}
