import type { Season } from "./catalog-templates";
import type { LocalDate } from "./zoned-time";

/**
 * When a small coffee-and-kitchen shop sells: a slow January, a lift for Mother's Day, a summer of cold brew,
 * and a long climb into the holidays; Saturdays in the shop, Sunday and Monday evenings online.
 */
const monthFactor = [0, 0.78, 0.8, 0.9, 0.95, 1.05, 0.95, 0.9, 0.9, 0.95, 1.0, 1.3, 1.75] as const;
const storeWeekday = [0.8, 0.6, 0.75, 0.85, 0.95, 1.2, 1.6] as const;
const onlineWeekday = [1.15, 1.2, 1.0, 0.95, 0.9, 0.85, 0.9] as const;

/** Opening hours by weekday (Sunday = 0), [open, close) in local hours. */
const openingHours: readonly (readonly [number, number])[] = [[10, 17], [9, 19], [9, 19], [9, 19], [9, 19], [9, 20], [9, 20]];
const storeHourWeight = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.6, 0.9, 1.2, 1.4, 1.3, 1.0, 0.9, 1.1, 1.3, 1.0, 0.6, 0, 0, 0, 0] as const;
const onlineHourWeight = [0.5, 0.3, 0.2, 0.15, 0.15, 0.2, 0.4, 0.7, 0.9, 1.0, 1.0, 1.0, 1.2, 1.1, 1.0, 0.9, 0.9, 1.0, 1.2, 1.5, 1.7, 1.6, 1.2, 0.8] as const;

function nthWeekdayOfMonth(year: number, month: number, weekday: number, nth: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7;
}

export function isClosedDay(date: LocalDate): boolean {
  return (date.month === 12 && date.day === 25) || (date.month === 1 && date.day === 1) || (date.month === 11 && date.day === nthWeekdayOfMonth(date.year, 11, 4, 4));
}

/** Extra demand around the days people buy presents. */
function eventFactor(date: LocalDate, online: boolean): number {
  const thanksgiving = nthWeekdayOfMonth(date.year, 11, 4, 4);
  if (date.month === 11 && date.day === thanksgiving + 1) return online ? 3.2 : 2.0;
  if (date.month === 11 && date.day === thanksgiving + 4) return online ? 2.6 : 1.0;
  if (date.month === 12 && date.day >= 14 && date.day <= 23) return online ? (date.day <= 18 ? 1.6 : 1.0) : 1.7;
  if (date.month === 12 && date.day === 24) return online ? 0.5 : 1.2;
  if (date.month === 5 && date.day >= nthWeekdayOfMonth(date.year, 5, 0, 2) - 6 && date.day <= nthWeekdayOfMonth(date.year, 5, 0, 2)) return 1.35;
  if (date.month === 2 && date.day >= 8 && date.day <= 14) return 1.15;
  return 1;
}

export function dayDemand(date: LocalDate & { weekday: number }, online: boolean): number {
  const weekday = online ? onlineWeekday[date.weekday] : storeWeekday[date.weekday];
  return (monthFactor[date.month] ?? 1) * (weekday ?? 1) * eventFactor(date, online);
}

export function hoursOpen(weekday: number): readonly [number, number] {
  return openingHours[weekday] ?? [9, 19];
}

export function hourWeight(hour: number, online: boolean): number {
  return (online ? onlineHourWeight[hour] : storeHourWeight[hour]) ?? 0;
}

/** How much a seasonal product sells on this date relative to its usual popularity. */
export function seasonalFactor(season: Season | null, date: LocalDate): number {
  if (season === "holiday") return date.month === 12 ? 3 : date.month === 11 ? (date.day >= 10 ? 2 : 0.6) : 0.01;
  if (season === "summer") return date.month >= 6 && date.month <= 8 ? 2 : date.month === 5 || date.month === 9 ? 0.8 : 0.05;
  return 1;
}
