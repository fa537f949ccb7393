/** What a webhook route answers: a status and a small JSON body that reveals nothing a caller did not send. */
export type WebhookAnswer = { status: number; body: Record<string, string | boolean> };

/**
 * Why a delivery was acknowledged: recorded and handed to the engine (or left for the sweep when the hand-off
 * failed), recorded as ignored, or a repeat of a delivery already recorded.
 */
export type AcceptedOutcome = "recorded" | "ignored" | "duplicate";

export const acknowledged = (outcome: AcceptedOutcome): WebhookAnswer => ({ status: 200, body: { received: true, outcome } });

export const rejected = (status: 400 | 401 | 404 | 413 | 503, error: string): WebhookAnswer => ({ status, body: { error } });
