import { gid } from "../state/gid";
import type { CustomerState, OrderState, StoreState } from "../state/store-state";
import { templateItem, templateObject, webhookTemplate } from "./payload-template";
import { moneySet, shopifyTimestamp } from "./shopify-time";

const zero = "0.00";

function lineTotal(order: OrderState): string {
  return order.lines.reduce((sum, line) => sum + Number(line.price) * line.quantity, 0).toFixed(2);
}

function customerPayload(
  template: Record<string, unknown>,
  customer: CustomerState,
  currency: string,
): Record<string, unknown> {
  const base = templateObject(template, "customer");
  const address = templateObject(base, "default_address");
  return {
    ...base,
    id: customer.id,
    email: customer.email,
    phone: customer.phone,
    first_name: customer.firstName,
    last_name: customer.lastName,
    created_at: shopifyTimestamp(customer.createdAt),
    updated_at: shopifyTimestamp(customer.createdAt),
    state: "disabled",
    note: null,
    verified_email: customer.email !== null,
    multipass_identifier: null,
    tax_exempt: false,
    tax_exemptions: [],
    currency,
    admin_graphql_api_id: gid("Customer", customer.id),
    default_address: {
      ...address,
      id: customer.addressId,
      customer_id: customer.id,
      first_name: customer.firstName,
      last_name: customer.lastName,
      name: `${customer.firstName} ${customer.lastName}`.trim(),
      phone: customer.phone,
    },
  };
}

/** The REST-shaped orders/create payload, built on Shopify's example for the version. */
export function orderPayload(store: StoreState, order: OrderState, version: string): Record<string, unknown> {
  const template = webhookTemplate(version, "orders/create");
  const lineTemplate = templateItem(template, "line_items");
  const currency = store.currency;
  const total = lineTotal(order);
  const customer = order.customerId === null ? undefined : store.customers.get(order.customerId);
  const created = shopifyTimestamp(order.createdAt);
  const token = `${order.id.toString(16)}${order.number.toString(16)}`.padEnd(32, "0");
  const name = `#${1000 + order.number}`;
  const money = (amount: string): Record<string, unknown> => moneySet(amount, currency);
  return {
    ...template,
    id: order.id,
    admin_graphql_api_id: gid("Order", order.id),
    app_id: null,
    browser_ip: null,
    buyer_accepts_marketing: false,
    cancel_reason: null,
    cancelled_at: null,
    cart_token: null,
    checkout_id: null,
    checkout_token: null,
    closed_at: null,
    company: null,
    confirmation_number: order.id.toString(36).toUpperCase().slice(-9),
    confirmed: true,
    contact_email: order.email,
    created_at: created,
    currency,
    current_shipping_price_set: money(zero),
    current_subtotal_price: total,
    current_subtotal_price_set: money(total),
    current_total_additional_fees_set: null,
    current_total_discounts: zero,
    current_total_discounts_set: money(zero),
    current_total_duties_set: null,
    current_total_price: total,
    current_total_price_set: money(total),
    current_total_tax: zero,
    current_total_tax_set: money(zero),
    customer_locale: "en",
    device_id: null,
    discount_applications: [],
    discount_codes: [],
    email: order.email,
    estimated_taxes: false,
    financial_status: order.financialStatus,
    fulfillment_status: null,
    fulfillments: [],
    landing_site: null,
    landing_site_ref: null,
    location_id: order.locationId,
    name,
    note: null,
    note_attributes: [],
    number: order.number,
    order_number: 1000 + order.number,
    order_status_url: `https://${store.domain}/${order.id}/orders/${token}/authenticate?key=${token.slice(0, 16)}`,
    original_total_additional_fees_set: null,
    original_total_duties_set: null,
    payment_gateway_names: ["bogus"],
    phone: order.phone,
    po_number: null,
    presentment_currency: currency,
    processed_at: created,
    reference: null,
    referring_site: null,
    refunds: [],
    returns: [],
    shipping_lines: [],
    source_identifier: null,
    source_name: order.locationId === null ? "web" : "pos",
    source_url: null,
    subtotal_price: total,
    subtotal_price_set: money(total),
    tags: "",
    tax_exempt: false,
    tax_lines: [],
    taxes_included: false,
    test: false,
    token,
    total_cash_rounding_payment_adjustment_set: money(zero),
    total_cash_rounding_refund_adjustment_set: money(zero),
    total_discounts: zero,
    total_discounts_set: money(zero),
    total_line_items_price: total,
    total_line_items_price_set: money(total),
    total_outstanding: order.financialStatus === "paid" ? zero : total,
    total_price: total,
    total_price_set: money(total),
    total_shipping_price_set: money(zero),
    total_tax: zero,
    total_tax_set: money(zero),
    total_tip_received: zero,
    total_weight: order.lines.reduce((sum, line) => sum + line.grams * line.quantity, 0),
    updated_at: created,
    user_id: null,
    customer: customer === undefined ? null : customerPayload(template, customer, currency),
    line_items: order.lines.map((line) => lineItemPayload(lineTemplate, line, currency)),
  };
}

export function lineItemPayload(
  lineTemplate: Record<string, unknown>,
  line: OrderState["lines"][number],
  currency: string,
): Record<string, unknown> {
  return {
    ...lineTemplate,
    id: line.id,
    admin_graphql_api_id: gid("LineItem", line.id),
    attributed_staffs: [],
    current_quantity: line.quantity - line.refundedQuantity,
    fulfillable_quantity: line.quantity - line.refundedQuantity,
    fulfillment_service: "manual",
    fulfillment_status: null,
    gift_card: false,
    grams: line.grams,
    name: line.variantTitle === "" ? line.title : `${line.title} - ${line.variantTitle}`,
    price: line.price,
    price_set: moneySet(line.price, currency),
    product_exists: true,
    product_id: line.productId,
    properties: [],
    quantity: line.quantity,
    requires_shipping: true,
    sales_line_item_group_id: null,
    sku: line.sku ?? "",
    taxable: true,
    title: line.title,
    total_discount: zero,
    total_discount_set: moneySet(zero, currency),
    variant_id: line.variantId,
    variant_inventory_management: "shopify",
    variant_title: line.variantTitle === "" ? null : line.variantTitle,
    vendor: line.vendor,
    tax_lines: [],
    duties: [],
    discount_allocations: [],
  };
}
