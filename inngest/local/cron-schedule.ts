/**
 * Cron expressions as functions declare them: five fields (minute hour day-of-month month day-of-week) with `*`,
 * lists, ranges, steps, month and weekday names, `?`, the `@hourly`-style macros, and an optional `TZ=Area/City `
 * (or `CRON_TZ=`) prefix; UTC otherwise. Day-of-month and day-of-week combine as in Vixie cron: when both are
 * restricted, either may match.
 */
export type CronSchedule = {
  source: string;
  timeZone: string;
  /** The first firing strictly after `after`, or null if there is none within five years. */
  nextAfter: (after: Date) => Date | null;
};

type Field = { values: Set<number>; restricted: boolean };

const macros: Record<string, string> = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *",
};
const monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

export class CronError extends Error {
  override name = "CronError";
}

export function parseCron(source: string): CronSchedule {
  let rest = source.trim();
  let timeZone = "UTC";
  const zone = /^(?:CRON_)?TZ=(\S+)\s+/.exec(rest);
  if (zone?.[1]) {
    timeZone = zone[1];
    rest = rest.slice(zone[0].length).trim();
  }
  assertTimeZone(timeZone, source);
  const expanded = macros[rest.toLowerCase()] ?? rest;
  const parts = expanded.split(/\s+/);
  if (parts.length !== 5) throw new CronError(`Cron "${source}" must have five fields (minute hour day month weekday)`);
  const [minuteText = "", hourText = "", dayText = "", monthText = "", weekdayText = ""] = parts;
  const minutes = parseField(minuteText, 0, 59, [], source);
  const hours = parseField(hourText, 0, 23, [], source);
  const days = parseField(dayText, 1, 31, [], source);
  const months = parseField(monthText, 1, 12, monthNames, source, 1);
  const weekdays = parseField(weekdayText, 0, 7, dayNames, source);
  if (weekdays.values.has(7)) weekdays.values.add(0);

  const dayMatches = (year: number, month: number, day: number): boolean => {
    if (!months.values.has(month)) return false;
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (days.restricted && weekdays.restricted) return days.values.has(day) || weekdays.values.has(weekday);
    return days.values.has(day) && weekdays.values.has(weekday);
  };
  const sortedHours = [...hours.values].sort((a, b) => a - b);
  const sortedMinutes = [...minutes.values].sort((a, b) => a - b);

  const nextAfter = (after: Date): Date | null => {
    const start = wallClock(after.getTime(), timeZone);
    let cursor = Date.UTC(start.year, start.month - 1, start.day);
    for (let dayIndex = 0; dayIndex < 366 * 5; dayIndex += 1, cursor += 86_400_000) {
      const date = new Date(cursor);
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth() + 1;
      const day = date.getUTCDate();
      if (!dayMatches(year, month, day)) continue;
      const firstDay = dayIndex === 0;
      for (const hour of sortedHours) {
        if (firstDay && hour < start.hour - 1) continue;
        for (const minute of sortedMinutes) {
          if (firstDay && hour === start.hour && minute < start.minute) continue;
          const instant = wallClockToInstant({ year, month, day, hour, minute }, timeZone);
          if (instant !== null && instant > after.getTime()) return new Date(instant);
        }
      }
    }
    return null;
  };
  return { source, timeZone, nextAfter };
}

function parseField(text: string, min: number, max: number, names: string[], source: string, nameOffset = 0): Field {
  const values = new Set<number>();
  const restricted = !(text === "*" || text === "?");
  for (const item of text.split(",")) {
    const [rangeText = "", stepText] = item.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new CronError(`Bad step "${item}" in cron "${source}"`);
    let from: number;
    let to: number;
    if (rangeText === "*" || rangeText === "?") {
      from = min;
      to = max;
    } else if (rangeText.includes("-")) {
      const [fromText = "", toText = ""] = rangeText.split("-");
      from = parseValue(fromText, names, nameOffset, source);
      to = parseValue(toText, names, nameOffset, source);
    } else {
      from = parseValue(rangeText, names, nameOffset, source);
      to = stepText === undefined ? from : max;
    }
    if (from < min || to > max || from > to) throw new CronError(`Value out of range in "${item}" of cron "${source}"`);
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return { values, restricted };
}

function parseValue(text: string, names: string[], nameOffset: number, source: string): number {
  const index = names.indexOf(text.toUpperCase());
  if (index >= 0) return index + nameOffset;
  if (!/^\d+$/.test(text)) throw new CronError(`Bad value "${text}" in cron "${source}"`);
  return Number(text);
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function assertTimeZone(timeZone: string, source: string): void {
  try {
    formatterFor(timeZone);
  } catch {
    throw new CronError(`Unknown time zone "${timeZone}" in cron "${source}"`);
  }
}

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

function wallClock(instant: number, timeZone: string): WallClock & { second: number } {
  if (timeZone === "UTC") {
    const date = new Date(instant);
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
    };
  }
  const parts = new Map(formatterFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  return {
    year: parts.get("year") ?? 1970,
    month: parts.get("month") ?? 1,
    day: parts.get("day") ?? 1,
    hour: parts.get("hour") ?? 0,
    minute: parts.get("minute") ?? 0,
    second: parts.get("second") ?? 0,
  };
}

/** The instant a wall-clock minute happens in `timeZone`, or null when it does not exist (a spring-forward gap). */
function wallClockToInstant(wall: WallClock, timeZone: string): number | null {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  if (timeZone === "UTC") return asUtc;
  const offsetAt = (instant: number): number => {
    const seen = wallClock(instant, timeZone);
    return Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second) - Math.floor(instant / 1000) * 1000;
  };
  let instant = asUtc - offsetAt(asUtc);
  const corrected = asUtc - offsetAt(instant);
  if (corrected !== instant) instant = corrected;
  const check = wallClock(instant, timeZone);
  const same = check.year === wall.year && check.month === wall.month && check.day === wall.day && check.hour === wall.hour && check.minute === wall.minute;
  return same ? instant : null;
}
