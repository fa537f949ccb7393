import { cron } from "inngest";
import type { Executor } from "@/lib/db";
import type { SendInboxEvent } from "@/lib/webhooks/inbox-event";
import { sweepInbox } from "@/lib/webhooks/sweep-inbox";
import { consoleWebhookLogger, type WebhookLogger } from "@/lib/webhooks/webhook-logger";
import type { InngestClient } from "../create-inngest-client";

export type SweepInboxFunctionDeps = {
  db: () => Executor;
  /** Hands an entry to the engine as `tillbridge/webhook.received` under the id it is given. */
  send: SendInboxEvent;
  logger?: WebhookLogger;
};

/**
 * Every minute: re-sends inbox entries still `received`, or `sent` more than 10 minutes ago without finishing,
 * and fails those handed over five times in vain (lib/webhooks/sweep-inbox.ts). One run at a time; the work is
 * one step, which re-reads the inbox if it is retried, so a retry never re-sends what a failed attempt sent.
 */
export function createSweepInboxFunction(client: InngestClient, deps: SweepInboxFunctionDeps) {
  return client.createFunction(
    { id: "sweep-inbox", retries: 1, concurrency: { limit: 1 }, triggers: [cron("* * * * *")] },
    async ({ step }) =>
      step.run("re-send unfinished inbox entries", () =>
        sweepInbox(deps.db(), { send: deps.send, logger: deps.logger ?? consoleWebhookLogger }, { now: new Date() }),
      ),
  );
}
