import { formatDate, formatMoney } from "@/lib/format/shop-format";
import type { CustomerSearchResult } from "./customer-search-response";
import { formatPhone } from "./format-phone";
import { salesChannelKey, salesChannelLabel } from "./sales-channel";
import type { CustomerSearchHit } from "./search-customers";

/** A search hit as the search box shows it: phone as people write it, money and dates in the shop's format. */
export function presentCustomerSearchHit(hit: CustomerSearchHit, country: string): CustomerSearchResult {
  return {
    id: hit.id,
    href: `/customers/${hit.id}`,
    name: hit.displayName,
    email: hit.email,
    phone: hit.phone === null ? null : formatPhone(hit.phone, country),
    channels: hit.channels.map((channel) => ({ key: salesChannelKey(channel), channel: channel.channel, label: salesChannelLabel(channel) })),
    orderCount: hit.orderCount,
    lifetimeValue: formatMoney(hit.lifetimeValueCents),
    lastVisit: hit.lastVisitAt === null ? null : formatDate(hit.lastVisitAt),
    matchedViaMerged: hit.matchedViaMerged,
  };
}
