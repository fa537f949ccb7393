import { randomUUID } from "node:crypto";
import { z } from "zod";
import { buildRefund } from "../objects/build-refund";
import { unixSeconds, type SandboxCore } from "../sandbox-core";
import { randomBase62 } from "../stripe-ids";
import type { ChargeObject, EventObject, RefundObject } from "../stripe-objects";
import { ControlError } from "./control-error";
import { emitRefundChanged } from "./emit-refund-changed";
import { encodeLineMetadata } from "./encode-line-metadata";
import { failRefund } from "./settle-refund";

export const createRefundInputSchema = z
  .object({
    paymentIntent: z.string().startsWith("pi_").optional(),
    charge: z.string().startsWith("ch_").optional(),
    /** Default: everything not yet refunded (a full refund of a fresh charge). */
    amount: z.number().int().positive().optional(),
    /** Written as `ls_lines` on the refund; absent for a Dashboard refund. */
    lines: z
      .array(
        z.object({
          sku: z.string().min(1),
          quantity: z.number().int().positive(),
          restock: z.boolean().optional(),
          unitAmount: z.number().int().nonnegative().optional(),
        }),
      )
      .optional(),
    action: z.enum(["void", "credit"]).optional(),
    metadata: z.record(z.string(), z.string()).default({}),
    reason: z.enum(["duplicate", "fraudulent", "requested_by_customer"]).nullable().default("requested_by_customer"),
    /**
     * succeeded: refund.created, charge.refunded, then charge.refund.updated + refund.updated (the ARN arrives).
     * pending: refund.created, charge.refunded; settle later with succeedRefund / failRefund.
     * failed: as succeeded, then it fails (charge.refund.updated, refund.updated, refund.failed), like a refund to an
     * expired card.
     */
    outcome: z.enum(["succeeded", "pending", "failed"]).default("succeeded"),
    failureReason: z.string().default("expired_or_canceled_card"),
    /** dashboard: the request field of the events is null; api: a request id and idempotency key. */
    via: z.enum(["dashboard", "api"]).default("dashboard"),
  })
  .refine((input) => (input.paymentIntent === undefined) !== (input.charge === undefined), {
    message: "give exactly one of paymentIntent or charge",
  });

export type CreateRefundInput = z.input<typeof createRefundInputSchema>;

export type CreatedRefund = { refund: RefundObject; charge: ChargeObject; events: EventObject[] };

function findCharge(core: SandboxCore, input: z.output<typeof createRefundInputSchema>): ChargeObject {
  if (input.charge !== undefined) {
    const charge = core.state.charges.get(input.charge);
    if (!charge) throw new ControlError(`No such charge: '${input.charge}'`, 404);
    return charge;
  }
  const paymentIntent = input.paymentIntent === undefined ? undefined : core.state.paymentIntents.get(input.paymentIntent);
  const charge = paymentIntent?.latest_charge ? core.state.charges.get(paymentIntent.latest_charge) : undefined;
  if (!charge) throw new ControlError(`No such payment_intent: '${input.paymentIntent ?? ""}'`, 404);
  return charge;
}

/** Someone refunds (part of) a payment, in the Dashboard or through the API. */
export function createRefund(core: SandboxCore, rawInput: CreateRefundInput): CreatedRefund {
  const input = createRefundInputSchema.parse(rawInput);
  const charge = findCharge(core, input);
  const remaining = charge.amount - charge.amount_refunded;
  const amount = input.amount ?? remaining;
  if (remaining <= 0) throw new ControlError(`Charge ${charge.id} has already been refunded.`);
  if (amount > remaining) {
    throw new ControlError(`Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`);
  }
  const metadata = {
    ...(input.lines ? encodeLineMetadata(input.lines) : {}),
    ...(input.action ? { ls_action: input.action } : {}),
    ...input.metadata,
  };
  const status = input.outcome === "pending" ? "pending" : "succeeded";
  const refund = buildRefund(core.ids, charge, { amount, metadata, reason: input.reason, status }, unixSeconds(core));
  core.state.refunds.set(refund.id, refund);

  const before = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  const previousCharge = charge.refunded === before.refunded ? { amount_refunded: before.amount_refunded } : before;

  const request = input.via === "api" ? { id: core.ids.request(), idempotencyKey: randomUUID() } : { id: null, idempotencyKey: null };
  const livemode = charge.livemode;
  const firstEvent = core.state.events.length;
  core.events.emit({ type: "refund.created", object: refund, livemode, request });
  core.events.emit({ type: "charge.refunded", object: charge, livemode, previousAttributes: previousCharge, request });
  if (status === "succeeded") {
    // The acquirer reference number arrives shortly after: Stripe reports it as a refund update.
    const previousDestination = structuredClone(refund.destination_details);
    refund.destination_details = {
      card: { reference: randomBase62(23), reference_status: "available", reference_type: "acquirer_reference_number", type: "refund" },
      type: "card",
    };
    emitRefundChanged(core, refund, { destination_details: previousDestination });
  }
  if (input.outcome === "failed") failRefund(core, refund.id, input.failureReason);
  return { refund, charge, events: core.state.events.slice(firstEvent) };
}
