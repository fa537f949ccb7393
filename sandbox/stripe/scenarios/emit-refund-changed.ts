import type { JsonObject } from "../json";
import type { SandboxCore } from "../sandbox-core";
import type { RefundObject } from "../stripe-objects";

export function refundLivemode(core: SandboxCore, refund: RefundObject): boolean {
  return core.state.charges.get(refund.charge)?.livemode ?? false;
}

/**
 * The events Stripe sends when a refund changes: charge.refund.updated (legacy, still sent) and refund.updated,
 * plus refund.failed when it failed. `previousAttributes` holds the old values of what changed.
 */
export function emitRefundChanged(
  core: SandboxCore,
  refund: RefundObject,
  previousAttributes: JsonObject,
  request: { id: string | null; idempotencyKey: string | null } = { id: null, idempotencyKey: null },
): void {
  const livemode = refundLivemode(core, refund);
  core.events.emit({ type: "charge.refund.updated", object: refund, livemode, previousAttributes, request });
  core.events.emit({ type: "refund.updated", object: refund, livemode, previousAttributes, request });
  if (refund.status === "failed" && previousAttributes.status !== undefined) {
    core.events.emit({ type: "refund.failed", object: refund, livemode, previousAttributes, request });
  }
}
