import { z } from "zod";
import { callControl } from "../run/control-client";

const createdPaymentSchema = z.object({
  paymentIntent: z.object({ id: z.string(), amount: z.number().int() }),
  charge: z.object({ id: z.string() }),
  checkoutSession: z.object({ id: z.string() }).nullable(),
  customer: z.object({ id: z.string() }).nullable(),
});
const createdRefundSchema = z.object({
  refund: z.object({ id: z.string(), amount: z.number().int() }),
  charge: z.object({ amount: z.number().int(), amount_refunded: z.number().int() }),
});

type Person = { email: string | null; name: string | null; phone: string | null };

export type StripePaymentInput = {
  lines: Array<{ sku: string; quantity: number; unitAmount: number; name?: string }>;
  checkout: boolean;
  linesIn: "metadata" | "checkout" | "none";
  skuOn?: "product" | "line_item";
  amount?: number;
  customer: (Person & { existingId?: string }) | null;
  billingDetails?: Person & { postalCode: string | null };
  description?: string;
};

export type StripeRefundInput = {
  paymentIntent: string;
  amount: number;
  lines?: Array<{ sku: string; quantity: number; restock?: boolean; unitAmount?: number }>;
  action?: "void" | "credit";
  via: "dashboard" | "api";
};

/** The Stripe sandbox's control API, as the traffic generator uses it (answers parsed with zod). */
export function stripeControl(baseUrl: string) {
  return {
    /** A succeeded PaymentIntent + Charge (and Checkout Session), with its events. */
    createPayment: (input: StripePaymentInput) => callControl("POST", `${baseUrl}/payments`, createdPaymentSchema, input),
    createRefund: (input: StripeRefundInput) => callControl("POST", `${baseUrl}/refunds`, createdRefundSchema, input),
  };
}

export type StripeControl = ReturnType<typeof stripeControl>;
