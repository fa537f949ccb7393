import type { RateBudgetSnapshot } from "@/lib/connectors/lightspeed";

/** A poll reads sales and stock: two requests at least (more when a page is full). */
const pollCost = 2;
/** Below this share of the bucket in use, nothing is waiting for budget: poll as often as the drip pays for. */
const idleShare = 0.5;
const shortestSeconds = 1;

/**
 * How long to wait before the next Lightspeed poll (DESIGN §3.4). While the account's bucket is mostly empty (no
 * backlog of sales being written) the poll runs as often as the drip rate pays for, so a till sale reaches the
 * stores in a couple of seconds; when writes are using the budget — or the bucket is not known yet — it waits the
 * configured interval, which is the longest a poll is ever put off.
 */
export function nextPollDelaySeconds(budget: RateBudgetSnapshot | null, configuredSeconds: number): number {
  if (budget === null || !budget.known || budget.size <= 0 || budget.dripRate <= 0) return configuredSeconds;
  if (budget.level / budget.size >= idleShare) return configuredSeconds;
  return Math.min(configuredSeconds, Math.max(shortestSeconds, Math.ceil(pollCost / budget.dripRate)));
}
