import { randomBase62, type IdFactory } from "../stripe-ids";
import type { ChargeObject, Metadata, PaymentIntentObject } from "../stripe-objects";

export type PaymentInput = {
  amount: number;
  currency: string;
  livemode: boolean;
  customerId: string | null;
  billing: { email: string | null; name: string | null; phone: string | null; postalCode: string | null };
  receiptEmail: string | null;
  description: string | null;
  metadata: Metadata;
  statementDescriptor: string;
};

/** A succeeded card payment: the PaymentIntent and its one Charge, as Stripe renders them after confirmation. */
export function buildPayment(
  ids: IdFactory,
  input: PaymentInput,
  created: number,
): { paymentIntent: PaymentIntentObject; charge: ChargeObject } {
  const base = ids.paymentBase();
  const paymentIntentId = ids.fromBase("pi", base);
  const chargeId = ids.fromBase("ch", base);
  const paymentMethodId = ids.plain("pm");
  const last4 = "4242";
  const charge: ChargeObject = {
    id: chargeId,
    object: "charge",
    amount: input.amount,
    amount_captured: input.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: ids.fromBase("txn", base),
    billing_details: {
      address: {
        city: null,
        country: null,
        line1: null,
        line2: null,
        postal_code: input.billing.postalCode,
        state: null,
      },
      email: input.billing.email,
      name: input.billing.name,
      phone: input.billing.phone,
      tax_id: null,
    },
    calculated_statement_descriptor: input.statementDescriptor.toUpperCase(),
    captured: true,
    created,
    currency: input.currency,
    customer: input.customerId,
    description: input.description,
    destination: null,
    dispute: null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: input.livemode,
    metadata: { ...input.metadata },
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: "approved_by_network",
      reason: null,
      risk_level: "normal",
      risk_score: 32,
      seller_message: "Payment complete.",
      type: "authorized",
    },
    paid: true,
    payment_intent: paymentIntentId,
    payment_method: paymentMethodId,
    payment_method_details: {
      card: {
        amount_authorized: input.amount,
        authorization_code: String(100000 + (created % 900000)),
        brand: "visa",
        checks: { address_line1_check: null, address_postal_code_check: "pass", cvc_check: "pass" },
        country: "US",
        exp_month: 12,
        exp_year: 2034,
        fingerprint: randomBase62(16),
        funding: "credit",
        last4,
        network: "visa",
        network_transaction_id: String(created).padStart(15, "1"),
        regulated_status: "unregulated",
        three_d_secure: null,
        wallet: null,
      },
      type: "card",
    },
    radar_options: {},
    receipt_email: input.receiptEmail,
    receipt_number: null,
    receipt_url: `https://pay.stripe.com/receipts/payment/${randomBase62(40)}`,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: input.statementDescriptor,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
  const paymentIntent: PaymentIntentObject = {
    id: paymentIntentId,
    object: "payment_intent",
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: input.amount,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: { allow_redirects: "always", enabled: true },
    canceled_at: null,
    cancellation_reason: null,
    capture_method: "automatic_async",
    client_secret: `${paymentIntentId}_secret_${randomBase62(25)}`,
    confirmation_method: "automatic",
    created,
    currency: input.currency,
    customer: input.customerId,
    description: input.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: chargeId,
    livemode: input.livemode,
    metadata: { ...input.metadata },
    next_action: null,
    on_behalf_of: null,
    payment_method: paymentMethodId,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: "automatic" },
    },
    payment_method_types: ["card"],
    processing: null,
    receipt_email: input.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "succeeded",
    transfer_data: null,
    transfer_group: null,
  };
  return { paymentIntent, charge };
}
