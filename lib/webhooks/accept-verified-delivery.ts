import type { Executor } from "@/lib/db";
import type { InboxEntry } from "@/lib/db/schema";
import { markInboxEntryIgnored } from "./mark-inbox-entry";
import { recordInboxEntry, type NewDelivery } from "./record-inbox-entry";
import { DEFAULT_SEND_TIMEOUT_MS, sendInboxEntry, type SendInboxEntryDeps } from "./send-inbox-entry";
import { acknowledged, rejected, type WebhookAnswer } from "./webhook-answer";
import { describeError, silentWebhookLogger } from "./webhook-logger";

/** Answers a reason when a new entry can be finished as `ignored` without the engine (see settle-inventory-echo.ts). */
export type SettleAtOnce = (db: Executor, entry: InboxEntry, now: Date) => Promise<string | null>;

export type AcceptDeliveryDeps = SendInboxEntryDeps & {
  /**
   * Runs the hand-off to the engine after the answer has gone (the route passes Next's `after`). Unset: the
   * hand-off is awaited before answering. Either way the entry is already durable in the inbox: a hand-off that
   * never happens (the process died in between) leaves it `received`, and the sweep sends it.
   */
  afterAnswer?: (handOff: () => Promise<unknown>) => void;
  /** Finishes a new entry as `ignored` before any hand-off when it needs no engine run (the Shopify echo). */
  settleAtOnce?: SettleAtOnce;
};

/**
 * The common tail of every verified delivery: record it once, hand it to the engine, acknowledge — or, with
 * `afterAnswer`, record, acknowledge, then hand over, so the provider waits for one insert and not for the engine.
 *
 * - New and to be processed: recorded `received`, sent, 200 — also when the send fails (the entry is durable and
 *   the sweep re-sends it), never a 5xx that would make the provider deliver again for nothing.
 * - New but not for us: recorded `ignored` with its reason, 200.
 * - New, and `settleAtOnce` finds nothing to do (the echo of the portal's own write): marked `ignored` with its
 *   reason, 200, no engine run. Should that judgement fail, the entry goes to the engine as any other.
 * - Already recorded: 200 without a second row. If that entry is still `received` and its first hand-off failed
 *   (or has had its time and not happened), it is sent again under the same id now, rather than waiting for the sweep.
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
  if (recorded.kind === "recorded" && entry.status === "received" && deps.settleAtOnce) {
    try {
      const reason = await deps.settleAtOnce(db, entry, now());
      if (reason !== null && (await markInboxEntryIgnored(db, entry.id, reason, now()))) return acknowledged("ignored");
    } catch (error) {
      logger.warn(`could not settle ${delivery.provider} delivery ${delivery.providerEventId} at once (${describeError(error)}); handing it to the engine`);
    }
  }
  // A repeat hands over again only an entry whose first hand-off failed or has had its time (it never ran).
  const handOffDue =
    recorded.kind === "recorded" || entry.lastError !== null || now().getTime() - entry.receivedAt.getTime() > (deps.sendTimeoutMs ?? DEFAULT_SEND_TIMEOUT_MS);
  if (entry.status === "received" && handOffDue) {
    const handOff = () => sendInboxEntry(db, entry, deps);
    if (deps.afterAnswer) deps.afterAnswer(handOff);
    else await handOff();
  }
  if (recorded.kind === "duplicate") return acknowledged("duplicate");
  return acknowledged(entry.status === "ignored" ? "ignored" : "recorded");
}
