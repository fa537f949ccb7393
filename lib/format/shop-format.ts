import { env } from "@/lib/env";

/**
 * Numbers, money and times in the shop's locale, currency and time zone. Money is stored in integer minor units
 * (cents); everything shown to people goes through these.
 */
const money = new Intl.NumberFormat(env.SHOP_LOCALE, { style: "currency", currency: env.SHOP_CURRENCY });
const wholeMoney = new Intl.NumberFormat(env.SHOP_LOCALE, {
  style: "currency",
  currency: env.SHOP_CURRENCY,
  maximumFractionDigits: 0,
});
const integer = new Intl.NumberFormat(env.SHOP_LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(env.SHOP_LOCALE, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(env.SHOP_LOCALE, { style: "percent", maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeStyle: "short", timeZone: env.SHOP_TIME_ZONE });
const date = new Intl.DateTimeFormat(env.SHOP_LOCALE, { dateStyle: "medium", timeZone: env.SHOP_TIME_ZONE });
const relative = new Intl.RelativeTimeFormat(env.SHOP_LOCALE, { numeric: "auto" });

export const formatMoney = (cents: number): string => money.format(cents / 100);
export const formatWholeMoney = (cents: number): string => wholeMoney.format(cents / 100);
export const formatInteger = (value: number): string => integer.format(value);
export const formatDecimal = (value: number): string => decimal.format(value);
export const formatPercent = (share: number): string => percent.format(share);
export const formatDateTime = (at: Date): string => dateTime.format(at);
export const formatDate = (at: Date): string => date.format(at);

/** "3 minutes ago", "in 2 hours": for freshness. */
export function formatRelativeTime(at: Date, now: Date = new Date()): string {
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ["day", 86_400],
    ["hour", 3_600],
    ["minute", 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(seconds, "second");
}

/** The shop's currency and locale, for client components (charts) that format on their own. */
export const shopFormatOptions = { locale: env.SHOP_LOCALE, currency: env.SHOP_CURRENCY, timeZone: env.SHOP_TIME_ZONE } as const;
