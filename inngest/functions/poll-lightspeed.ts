import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readSetting } from "@/lib/settings/read-settings";
import { nextPollDelaySeconds } from "@/lib/stock/next-poll-delay";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { inngest } from "../client";
import { lightspeedPollRequested, stockChanged } from "../events";

/**
 * Crons fire once a minute: a run polls in a loop until just before the next whole minute, when the next tick's run
 * takes over (it waits for this one: limit 1), so polling pauses for a moment, not for the rest of a minute. Ending
 * before the minute, whenever the run began, keeps runs from piling up behind a slow one.
 */
const handOverMarginMs = 1_500;
const loopEndsAt = (startedAt: number): number => Math.ceil((startedAt + 1) / 60_000) * 60_000 - handOverMarginMs;

/**
 * Lightspeed R-Series has no webhooks: poll its sales and stock (DESIGN §3.4). Each run polls in a loop until the
 * next minute's run. Between polls it waits as the rate budget allows (next-poll-delay.ts): about two seconds while the
 * bucket is idle, the configured interval while writes need the budget. One run at a time; the server asks for one
 * at start-up too.
 */
export const pollLightspeedFunction = inngest.createFunction(
  {
    id: "poll-lightspeed",
    retries: 2,
    concurrency: { limit: 1, key: "'lightspeed-poll'" },
    // till sales reach the stores through here: ahead of refunds and admin edits
    priority: { run: "60" },
    // and once at start-up: after a restart the next tick may be most of a minute away (runs never overlap: limit 1)
    triggers: [{ cron: "* * * * *" }, lightspeedPollRequested],
  },
  async ({ step }) => {
    const startedAt = await step.run("start", () => Date.now());
    let changedTotal = 0;
    let polls = 0;
    // the previous poll's movements were announced (its events sent) before this poll began
    let changesSentThrough: number | null = null;
    for (;;) {
      const result = await step.run(`poll-${polls}`, async () => {
        const lightspeed = getConnectors().lightspeed;
        if (!lightspeed) return null;
        const polled = await pollLightspeed(getDb(), lightspeed, {
          account: `lightspeed:${env.LIGHTSPEED_ACCOUNT_ID ?? ""}`,
          currency: env.SHOP_CURRENCY,
          now: () => new Date(),
          changesSentThrough,
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
      changesSentThrough = result.movementsThrough;
      polls += 1;
      if (result.finishedAt + result.nextDelaySeconds * 1_000 >= loopEndsAt(startedAt)) break;
      await step.sleep(`wait-${polls}`, `${result.nextDelaySeconds}s`);
    }
    return { polls, changedTotal };
  },
);
