import { env } from "@/lib/env";
import { formatDecimal, formatInteger } from "@/lib/format/shop-format";

/** Days of cover for people: "No sales" when nothing sold, "999+ days" beyond that, one decimal below ten days. */
export function formatCover(days: number | null): string {
  if (days === null) return "No sales";
  if (days >= 999) return "999+ days";
  return `${days < 10 ? formatDecimal(days) : formatInteger(Math.floor(days))} days`;
}

/** A SKU's name with its variant. */
export function itemLabel(item: { name: string; variantName: string | null }): string {
  return item.variantName ? `${item.name} — ${item.variantName}` : item.name;
}

// A calendar date (`YYYY-MM-DD`, already the shop's day) is formatted at UTC midnight in UTC, never shifted.
const calendarDate = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeZone: "UTC" });

/** "Mar 20, 2026" for the shop's calendar date `2026-03-20`. */
export function formatCalendarDate(date: string): string {
  return calendarDate.format(new Date(`${date}T00:00:00Z`));
}

/** A short order reference from its source key: "Sale 50491", "Order 6401139478367", "pi_3Ul…". */
export function orderReference(sourceKey: string): string {
  const parts = sourceKey.split(":");
  const last = parts.at(-1) ?? sourceKey;
  if (parts[0] === "lightspeed" && parts[1] === "sale") return `Sale ${last}`;
  if (parts[0] === "shopify" && parts.at(-2) === "order") return `Order ${last}`;
  return last.length > 16 ? `${last.slice(0, 14)}…` : last;
}
