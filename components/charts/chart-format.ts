/** The shop's locale, currency and time zone, as `shopFormatOptions` hands them to client components. */
export type ChartFormatOptions = { locale: string; currency: string; timeZone: string };

export type PeriodUnit = "day" | "week" | "month";

/** Formatters for charts, made from the shop's options (client components cannot read the environment). */
export function createChartFormat(options: ChartFormatOptions) {
  const money = new Intl.NumberFormat(options.locale, { style: "currency", currency: options.currency, maximumFractionDigits: 0 });
  const compactMoney = new Intl.NumberFormat(options.locale, { style: "currency", currency: options.currency, notation: "compact", maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(options.locale, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(options.locale, { notation: "compact", maximumFractionDigits: 1 });
  // A period key is a calendar date (`YYYY-MM-DD`), not an instant: formatted at UTC midnight, in UTC.
  const day = new Intl.DateTimeFormat(options.locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const month = new Intl.DateTimeFormat(options.locale, { month: "short", year: "numeric", timeZone: "UTC" });
  const calendar = (date: string): Date => new Date(`${date}T00:00:00Z`);
  return {
    money: (cents: number): string => money.format(cents / 100),
    axisMoney: (cents: number): string => compactMoney.format(cents / 100),
    units: (value: number): string => whole.format(value),
    axisUnits: (value: number): string => compact.format(value),
    /** A short axis label for the period starting `key`. */
    period: (key: string, unit: PeriodUnit): string => (unit === "month" ? month.format(calendar(key)) : day.format(calendar(key))),
    /** A label naming the days of a period. */
    periodSpan: (from: string, to: string, unit: PeriodUnit): string =>
      unit === "day" || from === to ? day.format(calendar(from)) : unit === "month" && from.slice(8) === "01" ? month.format(calendar(from)) : `${day.format(calendar(from))} – ${day.format(calendar(to))}`,
  };
}

export type ChartFormat = ReturnType<typeof createChartFormat>;
