/** Shared webhook delivery for the simulated services: see webhook-delivery.ts for the contract. */
export { createSeededRandom, type SeededRandom } from "./seeded-random";
export {
  createWebhookDelivery,
  defaultDeliveryRetry,
  type DeliveryAttempt,
  type DeliveryFaults,
  type DeliveryRecord,
  type DeliveryRetryPolicy,
  type SendWebhook,
  type WebhookDelivery,
  type WebhookDeliveryOptions,
  type WebhookDeliveryQueue,
} from "./webhook-delivery";
export { createPostWebhook } from "./post-webhook";
export { deliveryFaultsSchema } from "./delivery-faults-schema";
