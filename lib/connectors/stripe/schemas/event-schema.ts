import { z } from "zod";
import { stripeChargeSchema } from "./charge-schema";
import { stripeCheckoutSessionSchema } from "./checkout-session-schema";
import { stripePaymentIntentSchema } from "./payment-intent-schema";
import { stripeRefundSchema } from "./refund-schema";
import { nullable } from "./schema-helpers";

/** `request` is `{id, idempotency_key}` today, was a bare request id string before 2017-05-25, and may be null. */
const eventRequestSchema = nullable(
  z.union([
    z.object({ id: nullable(z.string()), idempotency_key: nullable(z.string()) }),
    z.string().transform((id) => ({ id, idempotency_key: null })),
  ]),
);

const jsonObjectSchema = z.record(z.string(), z.unknown());

const envelopeFields = {
  id: z.string().startsWith("evt_"),
  object: z.literal("event"),
  livemode: z.boolean(),
  /** The version `data.object` was rendered with (the endpoint's), not necessarily STRIPE_API_VERSION. */
  api_version: nullable(z.string()),
  created: z.number().int(),
  request: eventRequestSchema,
};

/** Every event, whatever its type: the envelope is checked, `data.object` is left for the typed schemas. */
export const stripeEventEnvelopeSchema = z.object({
  ...envelopeFields,
  type: z.string().min(1),
  data: z.object({
    object: jsonObjectSchema.transform((value): unknown => value),
    previous_attributes: nullable(jsonObjectSchema),
  }),
});

export type StripeEventEnvelope = z.output<typeof stripeEventEnvelopeSchema>;

function eventOf<Type extends string, ObjectSchema extends z.ZodType>(type: Type, object: ObjectSchema) {
  return z.object({
    ...envelopeFields,
    type: z.literal(type),
    data: z.object({ object, previous_attributes: nullable(jsonObjectSchema) }),
  });
}

/**
 * The event types the portal acts on. refund.updated / refund.failed are the modern twins of
 * charge.refund.updated (Stripe recommends them); all three carry a Refund.
 */
export const handledStripeEventSchema = z.discriminatedUnion("type", [
  eventOf("payment_intent.succeeded", stripePaymentIntentSchema),
  eventOf("checkout.session.completed", stripeCheckoutSessionSchema),
  eventOf("charge.succeeded", stripeChargeSchema),
  eventOf("charge.refunded", stripeChargeSchema),
  eventOf("refund.created", stripeRefundSchema),
  eventOf("refund.updated", stripeRefundSchema),
  eventOf("refund.failed", stripeRefundSchema),
  eventOf("charge.refund.updated", stripeRefundSchema),
]);

export type HandledStripeEvent = z.output<typeof handledStripeEventSchema>;
export type HandledStripeEventType = HandledStripeEvent["type"];

/** The `type` of every handled event, read off the schema so the list cannot drift from it. */
export const HANDLED_STRIPE_EVENT_TYPES: readonly HandledStripeEventType[] = handledStripeEventSchema.options.map(
  (option) => option.shape.type.value,
);
