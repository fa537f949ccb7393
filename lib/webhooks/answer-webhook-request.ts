import { readCappedBody, WEBHOOK_BODY_LIMIT_BYTES } from "./read-capped-body";
import { rejected, type WebhookAnswer } from "./webhook-answer";
import type { WebhookDelivery } from "./webhook-delivery";

/**
 * What a webhook route does around the acceptance logic: read the raw body once, capped (413 beyond the limit,
 * nothing stored), hand the headers and bytes to `accept`, and answer its status and body as JSON.
 */
export async function answerWebhookRequest(
  request: Request,
  accept: (delivery: WebhookDelivery) => Promise<WebhookAnswer>,
  limit: number = WEBHOOK_BODY_LIMIT_BYTES,
): Promise<Response> {
  const body = await readCappedBody(request, limit);
  const answer = body.ok ? await accept({ headers: request.headers, rawBody: body.bytes }) : rejected(413, "payload too large");
  return Response.json(answer.body, { status: answer.status, headers: { "cache-control": "no-store" } });
}
