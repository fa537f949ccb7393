/** The simulated Stripe account (see README.md). The app never imports this; it reaches it by URL only. */
export {
  createStripeSandbox,
  SANDBOX_API_VERSION,
  stripeDeliveryRetry,
  type StripeSandbox,
  type StripeSandboxOptions,
} from "./create-stripe-sandbox";
export type { StripeSandboxControl, StripeSandboxSnapshot } from "./control/stripe-sandbox-control";
export type { CreatePaymentInput, CreatedPayment } from "./scenarios/create-payment";
export type { CreateRefundInput, CreatedRefund } from "./scenarios/create-refund";
export type { WebhookEndpoint, WebhookEndpointInput } from "./events/webhook-endpoints";
export type * from "./stripe-objects";
