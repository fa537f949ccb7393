import { createHash } from "node:crypto";
import { z } from "zod";
import { isHandledStripeEventType, verifyStripeWebhook, type StripeMode } from "@/lib/connectors/stripe";
import type { ClassifiedDelivery } from "./classified-delivery";
import { bodyBytes, decodeJsonObjectBody } from "./decode-json-body";
import { rejected } from "./webhook-answer";
import type { WebhookDelivery } from "./webhook-delivery";

/** Stripe's own default: a signature older (or, here, newer) than five minutes is refused. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300;

export type StripeVerification = {
  /** STRIPE_WEBHOOK_SECRETS: every active endpoint secret (two while one is being rolled). */
  secrets: readonly string[];
  /** The installation's mode, from STRIPE_SECRET_KEY; null when no key is configured (the mode is not checked). */
  mode: StripeMode | null;
  now: Date;
  toleranceSeconds?: number;
};

const typeOnlySchema = z.object({ type: z.string().min(1).max(255) });

/**
 * Judges a Stripe delivery strictly, storing nothing: `Stripe-Signature` must carry a `v1` HMAC of
 * `${t}.${rawBody}` under one of the secrets, with `t` within 300 s of now in either direction (401 otherwise:
 * forged, tampered, stale or missing). With no secret configured nothing can be verified: 404. An authentic event
 * is keyed by its event id and is to be:
 *
 * - handed to the engine: a type in HANDLED_STRIPE_EVENT_TYPES, in the installation's mode;
 * - `ignored`, "live-mode event in a test-mode installation" (or the reverse): `livemode` does not match the key;
 * - `ignored`, `unhandled event type "<type>"`: any other type;
 * - `ignored`, `malformed payload`: a signed body that is not an event (the signature and its age are checked
 *   before the payload). It has no event id, so it is keyed `malformed:<sha256 of the body>`.
 */
export function classifyStripeDelivery(delivery: WebhookDelivery, verification: StripeVerification): ClassifiedDelivery {
  const bytes = bodyBytes(delivery.rawBody);
  const verified = verifyStripeWebhook(
    bytes,
    delivery.headers.get("stripe-signature"),
    verification.secrets,
    verification.toleranceSeconds ?? STRIPE_SIGNATURE_TOLERANCE_SECONDS,
    verification.now,
  );

  if (!verified.ok) {
    if (verified.reason === "no_secrets_configured") return { kind: "refused", answer: rejected(404, "stripe webhooks are not configured") };
    if (verified.reason !== "invalid_payload") return { kind: "refused", answer: rejected(401, "invalid signature") };
    const body = decodeJsonObjectBody(bytes);
    const type = typeOnlySchema.safeParse(body.object);
    return {
      kind: "authentic",
      delivery: {
        provider: "stripe",
        providerEventId: `malformed:${createHash("sha256").update(bytes).digest("hex")}`,
        topic: type.success ? type.data.type : "unknown",
        shopDomain: null,
        headers: {},
        rawBody: body.text,
        ignoredReason: "malformed payload",
      },
    };
  }

  const { event, signedAt } = verified;
  const eventMode: StripeMode = event.livemode ? "live" : "test";
  const headers: Record<string, string> = { "stripe-signature-timestamp": signedAt.toISOString() };
  if (event.api_version !== null) headers["stripe-api-version"] = event.api_version;
  return {
    kind: "authentic",
    delivery: {
      provider: "stripe",
      providerEventId: event.id,
      topic: event.type,
      shopDomain: null,
      headers,
      rawBody: new TextDecoder("utf-8").decode(bytes),
      ignoredReason:
        verification.mode !== null && eventMode !== verification.mode
          ? `${eventMode}-mode event in a ${verification.mode}-mode installation`
          : isHandledStripeEventType(event.type)
            ? null
            : `unhandled event type "${event.type}"`,
    },
  };
}
