import type { JsonObject } from "./json";

/**
 * The Stripe objects the sandbox keeps, in the shape the API renders them (API version 2026-10-28.endive).
 * They are type aliases, not interfaces, so each is a JsonObject and can be stored, cloned and sent as is.
 */
export type Metadata = Record<string, string>;

export type CustomerObject = {
  id: string;
  object: "customer";
  address: JsonObject | null;
  balance: number;
  created: number;
  currency: string | null;
  default_source: string | null;
  delinquent: boolean;
  description: string | null;
  email: string | null;
  invoice_prefix: string;
  invoice_settings: JsonObject;
  livemode: boolean;
  metadata: Metadata;
  name: string | null;
  next_invoice_sequence: number;
  phone: string | null;
  preferred_locales: string[];
  shipping: JsonObject | null;
  tax_exempt: "none" | "exempt" | "reverse";
  test_clock: string | null;
};

export type BillingDetails = {
  address: JsonObject;
  email: string | null;
  name: string | null;
  phone: string | null;
  tax_id: string | null;
};

export type ChargeObject = {
  id: string;
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  application: string | null;
  application_fee: string | null;
  application_fee_amount: number | null;
  balance_transaction: string;
  billing_details: BillingDetails;
  calculated_statement_descriptor: string;
  captured: boolean;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  destination: string | null;
  dispute: string | null;
  disputed: boolean;
  failure_balance_transaction: string | null;
  failure_code: string | null;
  failure_message: string | null;
  fraud_details: JsonObject;
  livemode: boolean;
  metadata: Metadata;
  on_behalf_of: string | null;
  outcome: JsonObject;
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  payment_method_details: JsonObject;
  radar_options: JsonObject;
  receipt_email: string | null;
  receipt_number: string | null;
  receipt_url: string;
  refunded: boolean;
  review: string | null;
  shipping: JsonObject | null;
  source: JsonObject | null;
  source_transfer: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: "succeeded" | "pending" | "failed";
  transfer_data: JsonObject | null;
  transfer_group: string | null;
};

export type PaymentIntentObject = {
  id: string;
  object: "payment_intent";
  amount: number;
  amount_capturable: number;
  amount_details: JsonObject;
  amount_received: number;
  application: string | null;
  application_fee_amount: number | null;
  automatic_payment_methods: JsonObject | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  capture_method: string;
  client_secret: string;
  confirmation_method: string;
  created: number;
  currency: string;
  customer: string | null;
  description: string | null;
  excluded_payment_method_types: string[] | null;
  last_payment_error: JsonObject | null;
  latest_charge: string | null;
  livemode: boolean;
  metadata: Metadata;
  next_action: JsonObject | null;
  on_behalf_of: string | null;
  payment_method: string | null;
  payment_method_configuration_details: JsonObject | null;
  payment_method_options: JsonObject;
  payment_method_types: string[];
  processing: JsonObject | null;
  receipt_email: string | null;
  review: string | null;
  setup_future_usage: string | null;
  shipping: JsonObject | null;
  source: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  status: "succeeded" | "processing" | "requires_payment_method" | "canceled";
  transfer_data: JsonObject | null;
  transfer_group: string | null;
};

export type RefundStatus = "pending" | "requires_action" | "succeeded" | "failed" | "canceled";

export type RefundObject = {
  id: string;
  object: "refund";
  amount: number;
  balance_transaction: string;
  charge: string;
  created: number;
  currency: string;
  destination_details: JsonObject;
  /** Set when the refund failed (Stripe omits them otherwise; the sandbox sends null). */
  failure_balance_transaction: string | null;
  failure_reason: string | null;
  metadata: Metadata;
  payment_intent: string;
  reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
  receipt_number: string | null;
  source_transfer_reversal: string | null;
  status: RefundStatus;
  transfer_reversal: string | null;
};

export type ProductObject = {
  id: string;
  object: "product";
  active: boolean;
  created: number;
  default_price: string | null;
  description: string | null;
  images: string[];
  livemode: boolean;
  marketing_features: JsonObject[];
  metadata: Metadata;
  name: string;
  package_dimensions: JsonObject | null;
  shippable: boolean | null;
  statement_descriptor: string | null;
  tax_code: string | null;
  type: "service" | "good";
  unit_label: string | null;
  updated: number;
  url: string | null;
};

export type PriceObject = {
  id: string;
  object: "price";
  active: boolean;
  billing_scheme: "per_unit";
  created: number;
  currency: string;
  custom_unit_amount: JsonObject | null;
  livemode: boolean;
  lookup_key: string | null;
  metadata: Metadata;
  nickname: string | null;
  product: string;
  recurring: JsonObject | null;
  tax_behavior: "unspecified" | "inclusive" | "exclusive";
  tiers_mode: string | null;
  transform_quantity: JsonObject | null;
  type: "one_time";
  unit_amount: number;
  unit_amount_decimal: string;
};

export type LineItemObject = {
  id: string;
  object: "item";
  adjustable_quantity: JsonObject | null;
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string | null;
  metadata: Metadata;
  /** Always embedded in a line item; its `product` is an id, expandable with `data.price.product`. */
  price: PriceObject;
  quantity: number;
};

export type CheckoutSessionObject = {
  id: string;
  object: "checkout.session";
  adaptive_pricing: JsonObject | null;
  after_expiration: JsonObject | null;
  allow_promotion_codes: boolean | null;
  amount_subtotal: number;
  amount_total: number;
  automatic_tax: JsonObject;
  billing_address_collection: string | null;
  cancel_url: string | null;
  client_reference_id: string | null;
  client_secret: string | null;
  consent: JsonObject | null;
  created: number;
  currency: string;
  custom_fields: JsonObject[];
  custom_text: JsonObject;
  customer: string | null;
  customer_creation: "always" | "if_required";
  customer_details: JsonObject | null;
  customer_email: string | null;
  expires_at: number;
  invoice: string | null;
  livemode: boolean;
  locale: string | null;
  metadata: Metadata;
  mode: "payment";
  payment_intent: string;
  payment_method_types: string[];
  payment_status: "paid" | "unpaid" | "no_payment_required";
  status: "open" | "complete" | "expired";
  success_url: string | null;
  total_details: JsonObject;
  ui_mode: "hosted" | "embedded" | "custom";
  url: string | null;
};

export type EventObject = {
  id: string;
  object: "event";
  api_version: string;
  created: number;
  data: { object: JsonObject } | { object: JsonObject; previous_attributes: JsonObject };
  livemode: boolean;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
};
