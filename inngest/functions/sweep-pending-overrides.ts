import { cron } from "inngest";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { listPendingOverrides } from "@/lib/reconcile/queries/list-pending-overrides";
import { inngest } from "../client";
import { overrideRecorded } from "../events";

/**
 * Every minute: hands overrides still pending after a minute (their first hand-over failed, or the engine lost the
 * run, or the demo seeded one) to post-override-count again. Each re-send has an id of its own per minute; posting
 * is idempotent (the count is found by name, a posted row is left alone), so a re-send never counts twice.
 */
export const sweepPendingOverrides = inngest.createFunction(
  { id: "sweep-pending-overrides", retries: 1, concurrency: { limit: 1 }, triggers: [cron("* * * * *")] },
  async ({ step }) => {
    const found = await step.run("list-pending-overrides", async () => {
      const now = new Date();
      if (!getConnectors().lightspeed) return { minute: now.toISOString().slice(0, 16), pending: [] };
      const pending = await listPendingOverrides(getDb(), { before: new Date(now.getTime() - 60_000), limit: 50 });
      return { minute: now.toISOString().slice(0, 16), pending };
    });
    if (found.pending.length === 0) return { resent: 0 };
    await step.sendEvent(
      "re-send-pending-overrides",
      found.pending.map((row) => overrideRecorded.create(row, { id: `override:${row.movementId}:sweep:${found.minute}` })),
    );
    return { resent: found.pending.length };
  },
);
