import { randomBase62, type IdFactory } from "../stripe-ids";
import type { CheckoutSessionObject, LineItemObject, Metadata, PriceObject, ProductObject } from "../stripe-objects";

export type CheckoutLineInput = {
  sku: string | null;
  name: string;
  quantity: number;
  unitAmount: number;
  /** Where the SKU is written: the product's metadata (the usual catalogue), the line item's own, or nowhere. */
  skuOn: "product" | "line_item" | "none";
};

export type CheckoutInput = {
  currency: string;
  livemode: boolean;
  paymentIntentId: string;
  customerId: string | null;
  customerDetails: { email: string | null; name: string | null; phone: string | null };
  metadata: Metadata;
  lines: readonly CheckoutLineInput[];
};

export type BuiltCheckout = {
  session: CheckoutSessionObject;
  lineItems: LineItemObject[];
  products: ProductObject[];
  prices: PriceObject[];
};

/** A completed payment-mode Checkout Session with its line items (price_data with product_data, as a shop sends). */
export function buildCheckoutSession(ids: IdFactory, input: CheckoutInput, created: number): BuiltCheckout {
  const products: ProductObject[] = [];
  const prices: PriceObject[] = [];
  const lineItems: LineItemObject[] = [];
  for (const line of input.lines) {
    const product: ProductObject = {
      id: ids.product(),
      object: "product",
      active: false,
      created,
      default_price: null,
      description: null,
      images: [],
      livemode: input.livemode,
      marketing_features: [],
      metadata: line.sku !== null && line.skuOn === "product" ? { sku: line.sku } : {},
      name: line.name,
      package_dimensions: null,
      shippable: null,
      statement_descriptor: null,
      tax_code: null,
      type: "service",
      unit_label: null,
      updated: created,
      url: null,
    };
    const price: PriceObject = {
      id: ids.plain("price"),
      object: "price",
      active: false,
      billing_scheme: "per_unit",
      created,
      currency: input.currency,
      custom_unit_amount: null,
      livemode: input.livemode,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: product.id,
      recurring: null,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: "one_time",
      unit_amount: line.unitAmount,
      unit_amount_decimal: String(line.unitAmount),
    };
    const total = line.unitAmount * line.quantity;
    products.push(product);
    prices.push(price);
    lineItems.push({
      id: ids.plain("li"),
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: total,
      amount_tax: 0,
      amount_total: total,
      currency: input.currency,
      description: line.name,
      metadata: line.sku !== null && line.skuOn === "line_item" ? { sku: line.sku } : {},
      price,
      quantity: line.quantity,
    });
  }
  const amount = lineItems.reduce((sum, item) => sum + item.amount_total, 0);
  const session: CheckoutSessionObject = {
    id: ids.checkoutSession(input.livemode),
    object: "checkout.session",
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: amount,
    amount_total: amount,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: null,
    client_reference_id: null,
    client_secret: null,
    consent: null,
    created,
    currency: input.currency,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: input.customerId,
    customer_creation: "if_required",
    customer_details: {
      address: null,
      email: input.customerDetails.email,
      name: input.customerDetails.name,
      phone: input.customerDetails.phone,
      tax_exempt: "none",
      tax_ids: [],
    },
    customer_email: null,
    expires_at: created + 24 * 3600,
    invoice: null,
    livemode: input.livemode,
    locale: null,
    metadata: { ...input.metadata },
    mode: "payment",
    payment_intent: input.paymentIntentId,
    payment_method_types: ["card"],
    payment_status: "paid",
    status: "complete",
    success_url: `https://shop.example.com/thanks?session=${randomBase62(8)}`,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: null,
  };
  return { session, lineItems, products, prices };
}
