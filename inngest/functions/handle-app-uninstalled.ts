import { getDb } from "@/lib/db";
import { attentionItems } from "@/lib/db/schema";
import { markInboxEntryProcessed } from "@/lib/webhooks/mark-inbox-entry";
import { readInboxEntry } from "@/lib/webhooks/read-inbox-entry";
import { inngest } from "../client";
import { webhookReceived } from "../events";

/** A store removed the portal's app: nothing syncs to it any more until it is reconnected, so the owner is told. */
export const handleAppUninstalled = inngest.createFunction(
  {
    id: "handle-app-uninstalled",
    retries: 4,
    triggers: [{ event: webhookReceived, if: "event.data.provider == 'shopify' && event.data.topic == 'app/uninstalled'" }],
  },
  async ({ event, step }) =>
    step.run("tell-the-owner", async () => {
      const db = getDb();
      const entry = await readInboxEntry(db, event.data.inboxId);
      const domain = entry?.shopDomain ?? "a store";
      await db
        .insert(attentionItems)
        .values({
          kind: "failed_event",
          subjectKey: `shopify:${domain}:app-uninstalled:${event.data.inboxId}`,
          title: `${domain} uninstalled the Tillbridge app: its stock is no longer kept in step until it is reconnected`,
          detail: { domain },
          inboxId: event.data.inboxId,
        })
        .onConflictDoNothing();
      await markInboxEntryProcessed(db, event.data.inboxId, { reason: "store disconnected: the owner is told" });
      return { domain };
    }),
);
