/** Wall-clock time in a named time zone, without a date library (Intl only). */
export type LocalDate = { year: number; month: number; day: number };
export type LocalDateTime = LocalDate & { hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time at `instant` in `timeZone`. */
export function toLocalDateTime(instant: Date, timeZone: string): LocalDateTime {
  const parts = new Map(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  return {
    year: parts.get("year") ?? 1970,
    month: parts.get("month") ?? 1,
    day: parts.get("day") ?? 1,
    hour: parts.get("hour") ?? 0,
    minute: parts.get("minute") ?? 0,
    second: parts.get("second") ?? 0,
  };
}

function offsetAt(instantMs: number, timeZone: string): number {
  const local = toLocalDateTime(new Date(instantMs), timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The instant at which the wall clock in `timeZone` shows `local` (the later one in a DST overlap). */
export function fromLocalDateTime(local: LocalDateTime, timeZone: string): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  return new Date(second);
}

/** The calendar day `days` after `date` (negative for before), with its weekday (0 = Sunday). */
export function addDays(date: LocalDate, days: number): LocalDate & { weekday: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() };
}
