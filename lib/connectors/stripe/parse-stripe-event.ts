import {
  HANDLED_STRIPE_EVENT_TYPES,
  handledStripeEventSchema,
  type HandledStripeEvent,
  type HandledStripeEventType,
  type StripeEventEnvelope,
} from "./schemas/event-schema";

export type ParseStripeEventResult =
  | { kind: "handled"; event: HandledStripeEvent }
  /** A type outside the allow-list: acknowledge it and do nothing. */
  | { kind: "unhandled"; type: string }
  /** A handled type whose object does not have the shape the portal relies on: keep it for a person to look at. */
  | { kind: "invalid"; type: HandledStripeEventType; issues: string[] };

export function isHandledStripeEventType(type: string): type is HandledStripeEventType {
  return HANDLED_STRIPE_EVENT_TYPES.some((handled) => handled === type);
}

/** Types a verified envelope by its `type`, parsing `data.object` with that type's schema. */
export function parseStripeEvent(envelope: StripeEventEnvelope): ParseStripeEventResult {
  const { type } = envelope;
  if (!isHandledStripeEventType(type)) return { kind: "unhandled", type };
  const parsed = handledStripeEventSchema.safeParse(envelope);
  if (!parsed.success) {
    return {
      kind: "invalid",
      type,
      issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    };
  }
  return { kind: "handled", event: parsed.data };
}
