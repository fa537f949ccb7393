import type { SendWebhook } from "./webhook-delivery";

/**
 * The default sender: one POST of the raw body with the delivery's headers. A receiver that takes longer than
 * `timeoutMs` counts as a failed attempt (Shopify allows 5 s), like a connection error.
 */
export function createPostWebhook(options: { timeoutMs?: number; fetch?: typeof fetch } = {}): SendWebhook {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const doFetch = options.fetch ?? fetch;
  return async (delivery) => {
    const response = await doFetch(delivery.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...delivery.headers },
      body: delivery.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.arrayBuffer().catch(() => undefined);
    return { status: response.status };
  };
}
