import { closeDatabase } from "./index";

/** Closes the database cleanly (PGlite must be closed before exit) when the process is told to stop. */
export function closeDatabaseOnSignals(): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      void closeDatabase().finally(() => process.exit(0));
    });
  }
}
