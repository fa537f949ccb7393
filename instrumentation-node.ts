import { inngest, inngestClientConfig } from "@/inngest/client";
import { lightspeedPollRequested } from "@/inngest/events";
import { startLocalEngine } from "@/inngest/local/start-local-engine";
import { closeDatabase, getDatabaseHandle, getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { onShutdown } from "@/lib/process/on-shutdown";

/**
 * Server start-up: migrations first, so every request sees the current schema; then, in local mode, the
 * Inngest engine inside this process (PGlite allows one process per database); on SIGTERM the engine stops
 * before the database closes. Last, a Lightspeed poll is asked for.
 */
export async function startNodeServer(): Promise<void> {
  await getDatabaseHandle().migrate();
  const engine =
    env.INNGEST_MODE === "local"
      ? await startLocalEngine({
          db: getDb(),
          appUrl: `http://127.0.0.1:${env.PORT}/api/inngest`,
          signingKey: inngestClientConfig.signingKey,
          eventKey: inngestClientConfig.eventKey,
          port: env.INNGEST_LOCAL_PORT,
        })
      : null;
  onShutdown([async () => engine?.stop(), closeDatabase]);
  // Till sales made while the portal was down reach the stores now, not at the next minute's poll. Not awaited: an
  // unreachable engine must not hold up the server's start (the cron polls within the minute regardless).
  void inngest
    .send(lightspeedPollRequested.create({ reason: "start-up" }, { id: `lightspeed-poll:start-up:${Date.now()}` }))
    .catch((error: unknown) => console.warn(`could not ask for a Lightspeed poll at start-up: ${error instanceof Error ? error.message : String(error)}`));
}
