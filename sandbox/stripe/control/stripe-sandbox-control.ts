import type { ApiFaultPlan, ApiFaultKind } from "../../faults";
import type { DeliveryFaults, DeliveryRecord } from "../../delivery";
import type { IdempotencyRecord } from "../api/idempotency-store";
import type { WebhookEndpoint, WebhookEndpointInput } from "../events/webhook-endpoints";
import type { RequestLogEntry } from "../sandbox-state";
import type { CreatedPayment, CreatePaymentInput } from "../scenarios/create-payment";
import type { CreatedRefund, CreateRefundInput } from "../scenarios/create-refund";
import type {
  ChargeObject,
  CheckoutSessionObject,
  CustomerObject,
  EventObject,
  LineItemObject,
  PaymentIntentObject,
  PriceObject,
  ProductObject,
  RefundObject,
} from "../stripe-objects";

export type StripeSandboxSnapshot = {
  objects: {
    customers: CustomerObject[];
    paymentIntents: PaymentIntentObject[];
    charges: ChargeObject[];
    refunds: RefundObject[];
    checkoutSessions: CheckoutSessionObject[];
    lineItems: Record<string, LineItemObject[]>;
    products: ProductObject[];
    prices: PriceObject[];
  };
  events: EventObject[];
  deliveries: DeliveryRecord[];
  idempotency: IdempotencyRecord[];
  requests: RequestLogEntry[];
  faultsFired: Record<ApiFaultKind, number>;
  webhookEndpoints: WebhookEndpoint[];
};

/** Everything a test or the traffic generator can do to the simulated account, in process or over /_control/. */
export type StripeSandboxControl = {
  /** Empties the account, the event log, the idempotency store and the delivery queue; faults are cleared. */
  reset: () => void;
  createPayment: (input: CreatePaymentInput) => CreatedPayment;
  createRefund: (input: CreateRefundInput) => CreatedRefund;
  failRefund: (refundId: string, failureReason?: string) => RefundObject;
  succeedRefund: (refundId: string) => RefundObject;
  /** Replaces the API fault plan (429 / 5xx / timeouts / lost responses / latency). */
  setApiFaults: (plan: ApiFaultPlan) => void;
  /** Replaces the webhook delivery knobs (duplicates / drops / delay / shuffle). */
  setDeliveryFaults: (faults: DeliveryFaults) => void;
  setWebhookEndpoints: (endpoints: readonly WebhookEndpointInput[]) => WebhookEndpoint[];
  /** Starts a secret roll: a new secret signs alongside the old ones (unless `expireOld`). Returns the new secret. */
  rollWebhookSecret: (endpointId: string, options?: { expireOld?: boolean }) => string;
  webhookEndpoints: () => WebhookEndpoint[];
  /** Waits until every queued delivery was delivered, dropped or ran out of retries. */
  settleDeliveries: () => Promise<DeliveryRecord[]>;
  snapshot: () => StripeSandboxSnapshot;
};
