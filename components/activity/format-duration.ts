/** A short human duration: "35 ms", "1.2 s", "31 min", "2 h 5 min". */
export function formatDuration(milliseconds: number): string {
  const ms = Math.max(0, Math.round(milliseconds));
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** The time between two moments, or null when the second has not come yet. */
export function durationBetween(from: Date, to: Date | null): string | null {
  return to ? formatDuration(to.getTime() - from.getTime()) : null;
}
