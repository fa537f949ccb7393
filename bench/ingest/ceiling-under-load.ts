import { countStoredDeliveries, type InboxCount } from "./count-stored-deliveries";
import { firstLineOf, startTsxChild, stopChild } from "./child-process";
import { runIngestPhases, type IngestPhases } from "./ingest-phases";
import type { ThrowawayDatabase } from "../support/throwaway-database";
import { z } from "zod";

/** The bare verify-and-insert server (ceiling-server.ts) on the same database, through the same phases. */
export async function measureCeilingUnderLoad(
  database: ThrowawayDatabase,
  seconds: number,
  log: (message: string) => void,
): Promise<{ phases: IngestPhases; inbox: InboxCount }> {
  if (database.url === null) throw new Error("the ceiling server needs a Postgres database");
  const child = startTsxChild("bench/ingest/ceiling-server.ts", ["--database-url", database.url]);
  try {
    const { port } = z.object({ port: z.number().int().positive() }).parse(JSON.parse(await firstLineOf(child)));
    const phases = await runIngestPhases(`http://127.0.0.1:${port}`, "ceiling", seconds, log);
    const inbox = await countStoredDeliveries(database.handle.db, phases.acceptedIds);
    return { phases, inbox };
  } finally {
    await stopChild(child);
  }
}
