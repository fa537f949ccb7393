import { gid } from "../state/gid";
import type { OrderState, RefundState, StoreState } from "../state/store-state";
import { lineItemPayload } from "./order-payload";
import { templateItem, webhookTemplate } from "./payload-template";
import { moneySet, shopifyTimestamp } from "./shopify-time";

/** The REST-shaped refunds/create payload, built on Shopify's example for the version. */
export function refundPayload(store: StoreState, order: OrderState, refund: RefundState, version: string): Record<string, unknown> {
  const template = webhookTemplate(version, "refunds/create");
  const refundLineTemplate = templateItem(template, "refund_line_items");
  const lineTemplate = templateItem(webhookTemplate(version, "orders/create"), "line_items");
  const currency = store.currency;
  const created = shopifyTimestamp(refund.createdAt);
  return {
    ...template,
    id: refund.id,
    order_id: order.id,
    created_at: created,
    processed_at: created,
    note: refund.note,
    user_id: store.staffUserId,
    restock: refund.lines.some((line) => line.restockType !== "no_restock"),
    admin_graphql_api_id: gid("Refund", refund.id),
    duties: [],
    total_duties_set: moneySet("0.00", currency),
    return: null,
    refund_shipping_lines: [],
    order_adjustments: [],
    transactions: [],
    refund_line_items: refund.lines.map((line) => {
      const orderLine = order.lines.find((candidate) => candidate.id === line.lineItemId);
      const subtotal = orderLine === undefined ? 0 : Number(orderLine.price) * line.quantity;
      return {
        ...refundLineTemplate,
        id: line.id,
        line_item_id: line.lineItemId,
        location_id: line.locationId,
        quantity: line.quantity,
        restock_type: line.restockType,
        subtotal,
        total_tax: 0,
        subtotal_set: moneySet(subtotal.toFixed(2), currency),
        total_tax_set: moneySet("0.00", currency),
        line_item: orderLine === undefined ? null : lineItemPayload(lineTemplate, orderLine, currency),
      };
    }),
  };
}
