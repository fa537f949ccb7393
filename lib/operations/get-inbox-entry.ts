import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { engineRuns, webhookInbox } from "@/lib/db/schema";
import { displayBody, hideConfiguredSecretsIn, visibleHeaders } from "./redact-secrets";

/** One inbox entry as the owner may see it (headers, body, errors without secrets), with the engine runs it caused. */
export async function getInboxEntry(db: Executor, inboxId: number) {
  const [entry] = await db.select().from(webhookInbox).where(eq(webhookInbox.id, inboxId)).limit(1);
  if (!entry) return null;
  const runs = await db
    .select({
      id: engineRuns.id,
      runId: engineRuns.runId,
      functionId: engineRuns.functionId,
      status: engineRuns.status,
      attempts: engineRuns.attempts,
      error: engineRuns.error,
      startedAt: engineRuns.startedAt,
      endedAt: engineRuns.endedAt,
    })
    .from(engineRuns)
    .where(eq(engineRuns.inboxId, inboxId))
    .orderBy(asc(engineRuns.startedAt));
  const { headers, rawBody, lastError, statusReason, ...rest } = entry;
  return {
    ...rest,
    lastError: hideConfiguredSecretsIn(lastError),
    statusReason: hideConfiguredSecretsIn(statusReason),
    headers: visibleHeaders(headers),
    body: displayBody(rawBody),
    runs: runs.map((run) => ({ ...run, error: hideConfiguredSecretsIn(run.error) })),
  };
}

export type InboxEntryDetail = NonNullable<Awaited<ReturnType<typeof getInboxEntry>>>;
