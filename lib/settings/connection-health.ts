export type ConnectionHealth = "healthy" | "failing" | "never";

/** A connection is failing when its last error is newer than its last success, and never connected without either. */
export function connectionHealth(connection: { lastSuccessAt: Date | null; lastErrorAt: Date | null }): ConnectionHealth {
  const { lastSuccessAt, lastErrorAt } = connection;
  if (lastErrorAt && (!lastSuccessAt || lastErrorAt > lastSuccessAt)) return "failing";
  return lastSuccessAt ? "healthy" : "never";
}
