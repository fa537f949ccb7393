/**
 * Runs `steps` in order when the process is told to stop (SIGTERM, SIGINT), then exits. Each step gets its
 * chance even if an earlier one fails: the database must still be closed cleanly (PGlite) after a failed stop.
 */
export function onShutdown(steps: ReadonlyArray<() => Promise<void>>): void {
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const step of steps) {
      await step().catch((error: unknown) => console.error("[tillbridge] shutdown step failed:", error));
    }
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
}
