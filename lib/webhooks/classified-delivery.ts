import type { NewDelivery } from "./record-inbox-entry";
import type { WebhookAnswer } from "./webhook-answer";

/** A delivery judged before anything is stored: refused with an answer, or authentic and ready to record. */
export type ClassifiedDelivery = { kind: "refused"; answer: WebhookAnswer } | { kind: "authentic"; delivery: NewDelivery };
