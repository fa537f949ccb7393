import { after } from "next/server";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { acceptStripeWebhook } from "@/lib/webhooks/accept-stripe-webhook";
import { answerWebhookRequest } from "@/lib/webhooks/answer-webhook-request";
import { consoleWebhookLogger } from "@/lib/webhooks/webhook-logger";
import { sendToEngine } from "../send-to-engine";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Stripe webhooks: verify (Stripe-Signature, any configured secret, 300 s), record once, answer, then hand to the engine. */
export async function POST(request: Request): Promise<Response> {
  return answerWebhookRequest(request, (delivery) =>
    acceptStripeWebhook(getDb(), delivery, {
      secrets: env.STRIPE_WEBHOOK_SECRETS,
      mode: getConnectors().stripe?.mode ?? null,
      send: sendToEngine,
      afterAnswer: after,
      logger: consoleWebhookLogger,
    }),
  );
}
