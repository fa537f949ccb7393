import { createHmac, timingSafeEqual } from "node:crypto";
import { parseStripeSignatureHeader } from "./parse-stripe-signature-header";
import { stripeEventEnvelopeSchema, type StripeEventEnvelope } from "./schemas/event-schema";

export type StripeWebhookRejection =
  | "no_secrets_configured"
  | "missing_signature_header"
  | "malformed_signature_header"
  | "no_v1_signature"
  | "signature_mismatch"
  | "timestamp_outside_tolerance"
  | "invalid_payload";

export type VerifyStripeWebhookResult =
  | { ok: true; event: StripeEventEnvelope; signedAt: Date }
  | { ok: false; reason: StripeWebhookRejection };

function hmacHex(secret: string, content: Buffer): Buffer {
  return createHmac("sha256", secret).update(content).digest();
}

function matchesAny(expected: readonly Buffer[], candidates: readonly string[]): boolean {
  let matched = false;
  // Compare every pair, with no early exit, so timing says nothing about which secret or signature matched.
  for (const signature of candidates) {
    const given = Buffer.from(signature, "hex");
    for (const digest of expected) {
      if (given.length === digest.length && timingSafeEqual(given, digest)) matched = true;
    }
  }
  return matched;
}

/**
 * Verifies a Stripe webhook the way Stripe specifies (docs.stripe.com/webhooks#verify-manually): HMAC-SHA256 of
 * `${t}.${rawBody}` with the endpoint secret, compared in constant time with every `v1` in the header. Any of
 * `secrets` may match, so the old and the new secret both verify while a secret is being rolled.
 *
 * `rawBody` must be the body exactly as received (`await request.text()`), never re-serialised JSON.
 * The timestamp must be within `toleranceSeconds` of `now` in either direction: stricter than stripe-node, which
 * accepts any future timestamp, since a replay window should not be open-ended (and, unlike the SDK, 0 means
 * "this very second", not "skip the check"). Signature first, then age, then
 * the envelope is parsed; `data.object` is left `unknown` for parseStripeEvent.
 */
export function verifyStripeWebhook(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secrets: readonly string[],
  toleranceSeconds: number,
  now: Date = new Date(),
): VerifyStripeWebhookResult {
  const usableSecrets = secrets.filter((secret) => secret.length > 0);
  if (usableSecrets.length === 0) return { ok: false, reason: "no_secrets_configured" };
  if (!signatureHeader) return { ok: false, reason: "missing_signature_header" };
  const header = parseStripeSignatureHeader(signatureHeader);
  if (!header) return { ok: false, reason: "malformed_signature_header" };
  if (header.v1.length === 0) return { ok: false, reason: "no_v1_signature" };

  const body = typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : Buffer.from(rawBody);
  const signedContent = Buffer.concat([Buffer.from(`${header.timestamp}.`, "utf8"), body]);
  const expected = usableSecrets.map((secret) => hmacHex(secret, signedContent));
  if (!matchesAny(expected, header.v1)) return { ok: false, reason: "signature_mismatch" };

  const ageSeconds = Math.floor(now.getTime() / 1000) - header.timestamp;
  if (Math.abs(ageSeconds) > toleranceSeconds) return { ok: false, reason: "timestamp_outside_tolerance" };

  let json: unknown;
  try {
    json = JSON.parse(body.toString("utf8"));
  } catch {
    return { ok: false, reason: "invalid_payload" };
  }
  const envelope = stripeEventEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: "invalid_payload" };
  return { ok: true, event: envelope.data, signedAt: new Date(header.timestamp * 1000) };
}
