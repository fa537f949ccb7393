import { getDatabaseHandle } from "@/lib/db";
import { closeDatabaseOnSignals } from "@/lib/db/close-on-signals";

/** Server start-up: migrations first, so every request sees the current schema; a clean close on SIGTERM. */
export async function startNodeServer(): Promise<void> {
  await getDatabaseHandle().migrate();
  closeDatabaseOnSignals();
}
