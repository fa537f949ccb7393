/** What the generator can play; the mix weighs them. */
export const trafficKinds = [
  "till-sale",
  "shopify-order",
  "stripe-payment",
  "shopify-refund",
  "stripe-refund",
  "shopify-stock-edit",
] as const;
export type TrafficKind = (typeof trafficKinds)[number];

export type TrafficLine = { sku: string; quantity: number };

/** A buyer as the event presented them: `existing` when the person was known before (Lightspeed or earlier traffic). */
export type TrafficBuyer = { email: string | null; phone: string | null; name: string; existing: boolean };

type Base = { seq: number; at: string };

/** One played event, JSON-ready (the CLI prints one per line). Ids are the simulated systems' own. */
export type TrafficEvent = Base &
  (
    | { kind: "till-sale"; shopId: number; saleId: number; customerId: number | null; lines: TrafficLine[]; totalCents: number }
    | { kind: "shopify-order"; domain: string; orderId: string; orderName: string; buyer: TrafficBuyer; lines: TrafficLine[] }
    | {
        kind: "stripe-payment";
        paymentIntentId: string;
        checkoutSessionId: string | null;
        /** metadata: `ls_lines` (on the PaymentIntent, and the Session for Checkout); checkout: line items only. */
        linesIn: "metadata" | "checkout" | "none";
        customer: "new" | "existing" | "guest";
        buyer: TrafficBuyer;
        amount: number;
        lines: TrafficLine[];
      }
    | {
        kind: "shopify-refund";
        domain: string;
        orderId: string;
        refundId: string;
        full: boolean;
        restock: boolean;
        lines: TrafficLine[];
      }
    | {
        kind: "stripe-refund";
        paymentIntentId: string;
        refundId: string;
        full: boolean;
        /** Whether the refund carries `ls_lines` (and `ls_action`), as an API refund by the shop does. */
        withLines: boolean;
        restock: boolean;
        amount: number;
        lines: TrafficLine[];
      }
    | { kind: "shopify-stock-edit"; domain: string; inventoryItemId: string; sku: string; before: number; after: number }
    | { kind: "skipped"; wanted: TrafficKind; reason: string }
  );

export type TrafficStats = {
  running: boolean;
  played: number;
  byKind: Record<TrafficKind | "skipped", number>;
  failed: number;
  unitsSold: { till: number; shopify: number; stripe: number };
  unitsRefunded: { shopify: number; stripe: number };
  lastError: string | null;
};
