import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { readSetting } from "@/lib/settings/read-settings";
import { pollLightspeed } from "@/lib/stock/poll-lightspeed";
import { inngest } from "../client";
import { stockChanged } from "../events";

/**
 * Lightspeed R-Series has no webhooks: poll its sales and stock every few seconds (DESIGN §3.4). Crons fire at most
 * once a minute, so each run polls in a loop for about a minute, sleeping the configured interval between polls
 * (the Lightspeed connector keeps every poll inside the account's rate budget). One run at a time.
 */
export const pollLightspeedFunction = inngest.createFunction(
  {
    id: "poll-lightspeed",
    retries: 2,
    concurrency: { limit: 1, key: "'lightspeed-poll'" },
    triggers: [{ cron: "* * * * *" }],
  },
  async ({ step }) => {
    const intervalSeconds = await step.run("read-interval", () => readSetting(getDb(), "poll_interval_seconds"));
    const polls = Math.max(1, Math.floor(55 / intervalSeconds));
    let changedTotal = 0;
    for (let poll = 0; poll < polls; poll += 1) {
      const result = await step.run(`poll-${poll}`, async () => {
        const lightspeed = getConnectors().lightspeed;
        if (!lightspeed) return null;
        return pollLightspeed(getDb(), lightspeed, {
          account: `lightspeed:${env.LIGHTSPEED_ACCOUNT_ID ?? ""}`,
          currency: env.SHOP_CURRENCY,
          now: () => new Date(),
        });
      });
      if (!result) return { polled: 0 };
      if (result.changedItemIds.length > 0) {
        changedTotal += result.changedItemIds.length;
        await step.sendEvent(
          `changed-${poll}`,
          result.changedItemIds.map((itemId) => stockChanged.create({ itemId, cause: "lightspeed poll" })),
        );
      }
      if (poll < polls - 1) await step.sleep(`wait-${poll}`, `${intervalSeconds}s`);
    }
    return { polls, changedTotal };
  },
);
