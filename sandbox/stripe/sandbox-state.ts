import type { JsonObject } from "./json";
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
} from "./stripe-objects";

export type RequestLogEntry = {
  at: number;
  requestId: string;
  method: string;
  path: string;
  idempotencyKey: string | null;
  stripeVersion: string | null;
  status: number;
  /** executed: ran; replayed: answered from the idempotency store; rejected: refused before running. */
  outcome: "executed" | "replayed" | "rejected" | "fault";
  fault: string | null;
};

/** Everything the simulated Stripe account holds. One instance per sandbox; `resetState` empties it. */
export type SandboxState = {
  customers: Map<string, CustomerObject>;
  products: Map<string, ProductObject>;
  prices: Map<string, PriceObject>;
  paymentIntents: Map<string, PaymentIntentObject>;
  charges: Map<string, ChargeObject>;
  refunds: Map<string, RefundObject>;
  checkoutSessions: Map<string, CheckoutSessionObject>;
  /** Line items by Checkout Session id, in order. */
  lineItems: Map<string, LineItemObject[]>;
  events: EventObject[];
  requests: RequestLogEntry[];
};

export function createState(): SandboxState {
  return {
    customers: new Map(),
    products: new Map(),
    prices: new Map(),
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    checkoutSessions: new Map(),
    lineItems: new Map(),
    events: [],
    requests: [],
  };
}

export function resetState(state: SandboxState): void {
  const empty = createState();
  Object.assign(state, empty);
}

/** Any stored object by id (for `expand[]`), or undefined. */
export function findObjectById(state: SandboxState, id: string): JsonObject | undefined {
  return (
    state.paymentIntents.get(id) ??
    state.charges.get(id) ??
    state.refunds.get(id) ??
    state.customers.get(id) ??
    state.checkoutSessions.get(id) ??
    state.products.get(id) ??
    state.prices.get(id)
  );
}
