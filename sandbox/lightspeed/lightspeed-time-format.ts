/** R-Series writes times in UTC to the second with an explicit offset: `2026-03-15T14:30:00+00:00`. */
export function formatLightspeedTime(millis: number): string {
  return `${new Date(millis).toISOString().slice(0, 19)}+00:00`;
}

/**
 * Reads a time as a filter may carry it: ISO with `Z`, `+00:00` or an offset without a colon (`-0400`).
 * Returns milliseconds, or null when unreadable.
 */
export function parseLightspeedTime(value: string): number | null {
  const withColon = value.trim().replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  const millis = Date.parse(withColon);
  return Number.isNaN(millis) ? null : millis;
}
