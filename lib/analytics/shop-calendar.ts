/**
 * Calendar dates (`YYYY-MM-DD`) in the shop's time zone. The dashboard's date range is a range of the shop's
 * days; SQL turns them into instants with `AT TIME ZONE`, so a day is the shop's day whatever the server's zone.
 */
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

/** The shop's calendar date at `at`. */
export function localDateOf(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((candidate) => candidate.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30), between the years 2000 and 2999. */
export function isIsoDate(value: string): boolean {
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 2000 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * dayMs);
}

/** Days from `from` to `to`, both included (1 for the same day). */
export function dayCount(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs) + 1;
}

/** The Monday on or before `date` (Postgres `date_trunc('week')` weeks). */
export function startOfWeek(date: string): string {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

export function addMonths(date: string, months: number): string {
  const at = new Date(toUtcMs(date));
  return fromUtcMs(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1));
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
