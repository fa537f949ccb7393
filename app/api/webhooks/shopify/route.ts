import { after } from "next/server";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { acceptShopifyWebhook } from "@/lib/webhooks/accept-shopify-webhook";
import { answerWebhookRequest } from "@/lib/webhooks/answer-webhook-request";
import { consoleWebhookLogger } from "@/lib/webhooks/webhook-logger";
import { sendToEngine } from "../send-to-engine";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Shopify webhooks: verify (per-store HMAC), record once in the inbox, answer, then hand to the engine. */
export async function POST(request: Request): Promise<Response> {
  return answerWebhookRequest(request, (delivery) =>
    acceptShopifyWebhook(getDb(), delivery, { stores: env.SHOPIFY_STORES, send: sendToEngine, afterAnswer: after, logger: consoleWebhookLogger }),
  );
}
