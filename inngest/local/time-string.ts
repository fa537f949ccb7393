/**
 * Inngest time strings (SDK spec §1.3.2): decimal numbers with units, e.g. `300ms`, `2h45m`, `1.5d`. Units `d` and
 * `w` are 24 h and 168 h, without regard to daylight saving time.
 */
const unitMs: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

const timeStringPattern = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h|d|w))+$/;
const partPattern = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h|d|w)/g;

export function parseTimeString(value: string): number | null {
  const trimmed = value.trim();
  if (!timeStringPattern.test(trimmed)) return null;
  let total = 0;
  for (const match of trimmed.matchAll(partPattern)) {
    const amount = Number(match[1]);
    const unit = match[2] === undefined ? undefined : unitMs[match[2]];
    if (unit === undefined) return null;
    total += amount * unit;
  }
  return total;
}

/** A sleep's `duration`: a time string (relative to `now`) or an RFC 3339 date. Null when it is neither. */
export function resolveWakeTime(duration: string, now: Date): Date | null {
  const relative = parseTimeString(duration);
  if (relative !== null) return new Date(now.getTime() + relative);
  const absolute = Date.parse(duration);
  return Number.isNaN(absolute) ? null : new Date(absolute);
}

/** `Retry-After`: seconds, an RFC 3339 date (SDK spec §4.1.1) or an HTTP date. */
export function parseRetryAfter(header: string | null, now: Date): Date | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return new Date(now.getTime() + Number(trimmed) * 1000);
  const relative = parseTimeString(trimmed);
  if (relative !== null) return new Date(now.getTime() + relative);
  const absolute = Date.parse(trimmed);
  return Number.isNaN(absolute) ? null : new Date(absolute);
}
