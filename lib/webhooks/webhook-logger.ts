/** Where the webhook path reports what an operator must see: a configuration gap, a database or engine failure. */
export type WebhookLogger = {
  warn: (message: string) => void;
  error: (message: string, error: unknown) => void;
};

export const consoleWebhookLogger: WebhookLogger = {
  warn: (message) => console.warn(`[webhooks] ${message}`),
  error: (message, error) => console.error(`[webhooks] ${message}`, error),
};

export const silentWebhookLogger: WebhookLogger = { warn: () => {}, error: () => {} };

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
