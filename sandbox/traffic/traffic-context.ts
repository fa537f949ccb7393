import type { CustomerPool } from "./customer-pool";
import type { LightspeedControl } from "./lightspeed-control";
import type { PendingOnline } from "./pending-online";
import type { ShopifyControl } from "./shopify-control";
import type { StripeControl } from "./stripe-control";
import type { TrafficCatalog } from "./traffic-catalog";
import type { TrafficEvent } from "./traffic-event";
import type { TrafficRandom } from "./traffic-random";

/** An online order of this run, with what is left to refund per line. */
export type OrderMemory = {
  domain: string;
  orderId: string;
  lines: Array<{ lineItemId: string; sku: string; quantity: number; refunded: number }>;
};

/** A Stripe payment of this run, with what is left to refund. */
export type PaymentMemory = {
  paymentIntentId: string;
  amount: number;
  refunded: number;
  lines: Array<{ sku: string; quantity: number; unitAmount: number; refunded: number }>;
};

/** Everything a player of one kind of event works with. */
export type TrafficContext = {
  random: TrafficRandom;
  controls: { lightspeed: LightspeedControl; shopify: ShopifyControl; stripe: StripeControl };
  catalog: TrafficCatalog;
  people: CustomerPool;
  pending: PendingOnline;
  orders: OrderMemory[];
  payments: PaymentMemory[];
  /** Stripe customer id by email, for returning Stripe buyers. */
  stripeCustomers: Map<string, string>;
};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event before the generator numbers and stamps it. */
export type TrafficEventBody = DistributiveOmit<TrafficEvent, "seq" | "at">;

/** Plays one kind of event; null when there is nothing it could play right now (no stock, nothing to refund). */
export type TrafficPlayer = (context: TrafficContext) => Promise<TrafficEventBody | null>;
