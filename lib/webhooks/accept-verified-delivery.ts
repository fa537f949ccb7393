import type { Executor } from "@/lib/db";
import { recordInboxEntry, type NewDelivery } from "./record-inbox-entry";
import { sendInboxEntry, type SendInboxEntryDeps } from "./send-inbox-entry";
import { acknowledged, rejected, type WebhookAnswer } from "./webhook-answer";
import { silentWebhookLogger } from "./webhook-logger";

export type AcceptDeliveryDeps = SendInboxEntryDeps & {
  /**
   * Runs the hand-off to the engine after the answer has gone (the route passes Next's `after`). Unset: the
   * hand-off is awaited before answering. Either way the entry is already durable in the inbox: a hand-off that
   * never happens (the process died in between) leaves it `received`, and the sweep sends it.
   */
  afterAnswer?: (handOff: () => Promise<unknown>) => void;
};

/**
 * The common tail of every verified delivery: record it once, hand it to the engine, acknowledge — or, with
 * `afterAnswer`, record, acknowledge, then hand over, so the provider waits for one insert and not for the engine.
 *
 * - New and to be processed: recorded `received`, sent, 200 — also when the send fails (the entry is durable and
 *   the sweep re-sends it), never a 5xx that would make the provider deliver again for nothing.
 * - New but not for us: recorded `ignored` with its reason, 200.
 * - Already recorded: 200 without a second row. If that entry is still `received` (its first hand-off failed),
 *   it is sent again under the same id now, rather than waiting for the sweep.
 * - The inbox cannot be written: 503, so the provider delivers again later; nothing was acknowledged.
 */
export async function acceptVerifiedDelivery(db: Executor, delivery: NewDelivery, deps: AcceptDeliveryDeps): Promise<WebhookAnswer> {
  const { now = () => new Date(), logger = silentWebhookLogger } = deps;
  let recorded: Awaited<ReturnType<typeof recordInboxEntry>>;
  try {
    recorded = await recordInboxEntry(db, delivery, now());
  } catch (error) {
    logger.error(`could not record ${delivery.provider} delivery ${delivery.providerEventId}; answering 503 so it is delivered again`, error);
    return rejected(503, "temporarily unavailable");
  }

  const { entry } = recorded;
  if (entry.status === "received") {
    const handOff = () => sendInboxEntry(db, entry, deps);
    if (deps.afterAnswer) deps.afterAnswer(handOff);
    else await handOff();
  }
  if (recorded.kind === "duplicate") return acknowledged("duplicate");
  return acknowledged(entry.status === "ignored" ? "ignored" : "recorded");
}
