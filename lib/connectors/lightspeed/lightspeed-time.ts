/**
 * Times as R-Series wants them in a filter: UTC to the second with an explicit offset, e.g.
 * `2026-03-15T14:30:00+00:00`. Milliseconds are dropped (rounding down), which with `>=` can only widen a window.
 */
export function formatLightspeedTime(value: string | Date): string {
  const millis = typeof value === "string" ? Date.parse(value) : value.getTime();
  if (Number.isNaN(millis)) throw new Error(`Not a time: ${String(value)}`);
  return `${new Date(millis).toISOString().slice(0, 19)}+00:00`;
}

/**
 * The `timeStamp` filter for "changed at or after `since`": the operator goes inside the value, `>=,<time>`, and
 * URLSearchParams encodes it as `%3E%3D%2C…`. Inclusive on purpose: timeStamps have one-second resolution, so a
 * strict `>` would miss a change made in the same second as the last one seen. Callers de-duplicate.
 */
export function sinceFilter(since: string | Date): string {
  return `>=,${formatLightspeedTime(since)}`;
}
