/** The Stripe connector: a typed client over the stripe SDK, webhook verification, event schemas, line metadata. */
export { STRIPE_API_VERSION } from "./stripe-api-version";
export {
  createStripeConnection,
  stripeConnectionConfigSchema,
  type StripeConnection,
  type StripeConnectionConfig,
  type StripeMode,
} from "./stripe-connection";
export { StripeConnectorError, type StripeConnectorErrorCode } from "./stripe-connector-error";

export { retrievePaymentIntent, type PaymentIntentExpansion } from "./retrieve-payment-intent";
export { updatePaymentIntentMetadata } from "./update-payment-intent-metadata";
export { listCheckoutSessionLineItems } from "./list-checkout-session-line-items";
export { retrieveCharge } from "./retrieve-charge";
export { retrieveRefund } from "./retrieve-refund";
export { updateRefundMetadata } from "./update-refund-metadata";
export { retrieveCustomer } from "./retrieve-customer";

export {
  verifyStripeWebhook,
  type StripeWebhookRejection,
  type VerifyStripeWebhookResult,
} from "./verify-stripe-webhook";
export { parseStripeEvent, isHandledStripeEventType, type ParseStripeEventResult } from "./parse-stripe-event";
export {
  HANDLED_STRIPE_EVENT_TYPES,
  handledStripeEventSchema,
  stripeEventEnvelopeSchema,
  type HandledStripeEvent,
  type HandledStripeEventType,
  type StripeEventEnvelope,
} from "./schemas/event-schema";

export { LINE_METADATA_KEYS, SKU_METADATA_KEY } from "./line-metadata";
export { extractPaymentLines, type PaymentLine, type PaymentLinesResult } from "./extract-payment-lines";
export {
  extractRefundLines,
  type RefundAction,
  type RefundLine,
  type RefundLinesResult,
} from "./extract-refund-lines";

export type { StripePaymentIntent } from "./schemas/payment-intent-schema";
export type { StripeCharge } from "./schemas/charge-schema";
export type { StripeRefund, StripeRefundStatus } from "./schemas/refund-schema";
export type { StripeCustomer, DeletedStripeCustomer } from "./schemas/customer-schema";
export type { StripeCheckoutSession } from "./schemas/checkout-session-schema";
export type { StripeCheckoutLineItem, StripePrice, StripeProduct } from "./schemas/checkout-line-item-schema";
