import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readSetting } from "@/lib/settings/read-settings";
import { nextPollDelaySeconds } from "@/lib/stock/next-poll-delay";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { inngest } from "../client";
import { stockChanged } from "../events";

/** Crons fire at most once a minute: a run polls in a loop for about this long, then the next run takes over. */
const loopMs = 55_000;

/**
 * Lightspeed R-Series has no webhooks: poll its sales and stock (DESIGN §3.4). Each run polls in a loop for about a
 * minute. Between polls it waits as the rate budget allows (next-poll-delay.ts): about two seconds while the
 * bucket is idle, the configured interval while writes need the budget. One run at a time.
 */
export const pollLightspeedFunction = inngest.createFunction(
  {
    id: "poll-lightspeed",
    retries: 2,
    concurrency: { limit: 1, key: "'lightspeed-poll'" },
    // till sales reach the stores through here: ahead of refunds and admin edits
    priority: { run: "60" },
    triggers: [{ cron: "* * * * *" }],
  },
  async ({ step }) => {
    const startedAt = await step.run("start", () => Date.now());
    let changedTotal = 0;
    let polls = 0;
    for (;;) {
      const result = await step.run(`poll-${polls}`, async () => {
        const lightspeed = getConnectors().lightspeed;
        if (!lightspeed) return null;
        const polled = await pollLightspeed(getDb(), lightspeed, {
          account: `lightspeed:${env.LIGHTSPEED_ACCOUNT_ID ?? ""}`,
          currency: env.SHOP_CURRENCY,
          now: () => new Date(),
        });
        const configured = await readSetting(getDb(), "poll_interval_seconds");
        return { ...polled, finishedAt: Date.now(), nextDelaySeconds: nextPollDelaySeconds(lightspeed.rateBudget(), configured) };
      });
      if (!result) return { polls };
      if (result.changedItemIds.length > 0) {
        changedTotal += result.changedItemIds.length;
        await step.sendEvent(
          `changed-${polls}`,
          result.changedItemIds.map((itemId) => stockChanged.create({ itemId, cause: "lightspeed poll" })),
        );
      }
      polls += 1;
      if (result.finishedAt + result.nextDelaySeconds * 1_000 - startedAt >= loopMs) break;
      await step.sleep(`wait-${polls}`, `${result.nextDelaySeconds}s`);
    }
    return { polls, changedTotal };
  },
);
